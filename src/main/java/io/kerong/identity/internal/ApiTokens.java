package io.kerong.identity.internal;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-organization API tokens (接口令牌). Only a SHA-256 of the token is stored: the token is 256 random bits, so a
 * slow password hash adds nothing, and a leaked table gives no usable token.
 */
@Component
class ApiTokens {

    static final String PREFIX = "krg_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token's secret, shown to its creator once. */
    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Actor> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Actor> actor = jdbc.sql("""
                        select t.id, t.name, o.id as org_id, o.type, o.name as org_name
                        from identity_api_token t join identity_organization o on o.id = t.organization_id
                        where t.token_hash = ? and t.revoked_at is null and o.status = 'ACTIVE'""")
                .param(hash(secret))
                .query((rs, i) -> new Actor(null, "token:" + rs.getLong("id"), rs.getString("name"),
                        rs.getLong("org_id"), OrganizationType.valueOf(rs.getString("type")),
                        rs.getString("org_name"), Set.of(UserRole.STAFF)))
                .optional();
        actor.ifPresent(a -> jdbc.sql("update identity_api_token set last_used_at = ? where token_hash = ?")
                .params(OffsetDateTime.now(clock), hash(secret)).update());
        return actor;
    }
}
