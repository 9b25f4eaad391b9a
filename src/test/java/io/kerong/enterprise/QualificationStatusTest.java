package io.kerong.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualificationStatusTest {

    private final Qualification highTech = new Qualification(1L, QualificationKind.HIGH_TECH_ENTERPRISE,
            "GR202451000123", LocalDate.of(2024, 12, 6), LocalDate.of(2027, 12, 5));

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2024-12-05, NOT_YET_VALID",
            "2024-12-06, VALID",
            "2027-09-06, VALID",
            "2027-09-07, EXPIRING",
            "2027-12-05, EXPIRING",
            "2027-12-06, EXPIRED"})
    void aCertificateIsShownAsExpiringInItsLast90Days(LocalDate day, QualificationStatus expected) {
        assertThat(highTech.statusOn(day)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"VALID, true", "EXPIRING, true", "EXPIRED, false", "NOT_YET_VALID, false"})
    void anExpiringCertificateIsStillValid(QualificationStatus status, boolean valid) {
        assertThat(status.valid()).isEqualTo(valid);
    }
}
