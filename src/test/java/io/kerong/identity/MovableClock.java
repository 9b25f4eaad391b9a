package io.kerong.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it on, so waits are tested without sleeping. */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    MovableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
