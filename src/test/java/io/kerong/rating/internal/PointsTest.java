package io.kerong.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    @ParameterizedTest(name = "{0} hundredths show as {1}")
    @CsvSource({"0, 0", "200, 2", "250, 2.5", "205, 2.05", "1000, 10", "1, 0.01", "75, 0.75", "-250, -2.5"})
    void pointsShowWithoutTrailingZeros(long hundredths, String shown) {
        assertThat(Points.display(hundredths)).isEqualTo(shown);
    }
}
