package io.kerong.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void allowsTheLimitThenAsksToWaitUntilTheNextMinute() {
        RateLimiter limiter = new RateLimiter(at("2026-11-23T10:00:15Z"), 3, 10);
        assertThat(limiter.tryAcquire("1.2.3.4")).isZero();
        assertThat(limiter.tryAcquire("1.2.3.4")).isZero();
        assertThat(limiter.tryAcquire("1.2.3.4")).isZero();
        assertThat(limiter.tryAcquire("1.2.3.4")).isEqualTo(45);
        assertThat(limiter.tryAcquire("5.6.7.8")).as("other clients are not affected").isZero();
    }

    @Test
    void aNewMinuteStartsAFreshCount() {
        RateLimiter first = new RateLimiter(at("2026-11-23T10:00:59Z"), 1, 10);
        assertThat(first.tryAcquire("c")).isZero();
        assertThat(first.tryAcquire("c")).isEqualTo(1);
    }

    @Test
    void forgetsTheLeastRecentlySeenClientsBeyondTheBound() {
        RateLimiter limiter = new RateLimiter(at("2026-11-23T10:00:00Z"), 1, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");
        assertThat(limiter.tryAcquire("a")).as("a was forgotten, so it starts again").isZero();
    }
}
