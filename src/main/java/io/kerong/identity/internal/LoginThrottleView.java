package io.kerong.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** What the operator sees of the log-in throttles: user names with recent failures (per client
 * address), and addresses. */
public record LoginThrottleView(List<Name> names, List<Address> addresses) {

    /**
     * A real user's recent failures from one client address; {@code waiting} while no attempt from that address for
     * the name is checked (attempts from elsewhere are).
     */
    public record Name(long userId, String username, String organizationName, String address, int failures,
                       OffsetDateTime lastFailureAt, OffsetDateTime waitsUntil, boolean waiting) {
    }

    /** A client address's failures in its window; {@code refused} once it has used them up. */
    public record Address(String address, int failures, OffsetDateTime windowStartedAt, OffsetDateTime windowEndsAt,
                          boolean refused) {
    }
}
