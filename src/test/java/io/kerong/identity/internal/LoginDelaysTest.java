package io.kerong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginDelaysTest {

    private final LoginDelays delays = new LoginDelays(3, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(1));

    @Test
    void theFirstFailuresCostNothingThenEachDoublesTheWait() {
        assertThat(delays.waitAfter(1)).isZero();
        assertThat(delays.waitAfter(3)).isZero();
        assertThat(delays.waitAfter(4)).hasSeconds(2);
        assertThat(delays.waitAfter(5)).hasSeconds(4);
        assertThat(delays.waitAfter(8)).hasSeconds(32);
    }

    @Test
    void theWaitNeverGrowsBeyondTheLongestSoANameIsNeverLockedForGood() {
        assertThat(delays.waitAfter(12)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delays.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }
}
