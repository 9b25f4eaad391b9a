package io.kerong.identity.internal;

import java.time.OffsetDateTime;

/** An API token as listed to its organization's admin: never the secret nor its hash. */
public record TokenView(long id, long organizationId, String name, OffsetDateTime createdAt,
                        OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
