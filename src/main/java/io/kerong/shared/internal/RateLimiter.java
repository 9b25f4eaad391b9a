package io.kerong.shared.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fixed-window counter per client key: at most {@code perMinute} calls in each clock minute. The table of clients is
 * bounded (least recently seen clients are forgotten first), so a flood of addresses cannot exhaust memory.
 */
final class RateLimiter {

    private final Clock clock;
    private final int perMinute;
    private final Map<String, long[]> windows;

    RateLimiter(Clock clock, int perMinute, int maxClients) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.windows = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Returns 0 when the call may go ahead, otherwise the seconds to wait until the next window. */
    synchronized long tryAcquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        long[] window = windows.computeIfAbsent(client, k -> new long[] {minute, 0});
        if (window[0] != minute) {
            window[0] = minute;
            window[1] = 0;
        }
        if (window[1] < perMinute) {
            window[1]++;
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}
