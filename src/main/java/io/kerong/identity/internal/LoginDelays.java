package io.kerong.identity.internal;

import java.time.Duration;

/**
 * How long a user name waits after wrong passwords: not at all for the first few, then a wait that doubles with each
 * further failure up to a cap. A wait is a slow-down, never a lock: once it has passed, the right password succeeds.
 * Failures older than {@code forgetAfter} no longer count.
 */
record LoginDelays(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

    /** The wait before the next attempt is checked, after this many failures in a row. */
    Duration waitAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
