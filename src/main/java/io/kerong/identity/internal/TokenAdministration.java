package io.kerong.identity.internal;

import io.kerong.shared.Timestamps;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 接口令牌管理: an organization admin creates, lists and revokes the organization's API tokens. */
@Service
public class TokenAdministration {

    private static final RowMapper<TokenView> ROWS = (rs, i) -> new TokenView(rs.getLong("id"),
            rs.getLong("organization_id"), rs.getString("name"), Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "last_used_at"), Timestamps.read(rs, "revoked_at"));

    private final JdbcClient jdbc;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    TokenAdministration(JdbcClient jdbc, ApiTokens tokens, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(Actor admin) {
        Guards.requireAdmin(admin);
        return jdbc.sql("select * from identity_api_token where organization_id = ? order by revoked_at nulls first, id desc")
                .param(admin.organizationId()).query(ROWS).list();
    }

    @Transactional
    public CreatedToken create(Actor admin, String name) {
        Guards.requireAdmin(admin);
        Checks checks = new Checks();
        String validName = checks.required("name", name, 60);
        checks.throwIfAny();
        String secret = tokens.newSecret();
        long id = jdbc.sql("""
                        insert into identity_api_token (organization_id, name, token_hash, created_by, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(admin.organizationId(), validName, ApiTokens.hash(secret), admin.userId(),
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
        TokenView token = find(admin.organizationId(), id).orElseThrow();
        record(admin, token, "token.created", null, token);
        return new CreatedToken(token, secret);
    }

    @Transactional
    public TokenView revoke(Actor admin, long id) {
        Guards.requireAdmin(admin);
        TokenView before = find(admin.organizationId(), id).orElseThrow(Guards::notFound);
        if (before.revoked()) {
            return before;
        }
        TokenView after = markRevoked(admin, before);
        record(admin, after, "token.revoked", before, after);
        return after;
    }

    /**
     * Revokes every live token the user created, in the caller's transaction. A token acts for the organization with
     * STAFF rights, never with its creator's, but its secret was shown to its creator alone: a user who loses the
     * right to issue tokens (demoted or disabled) must not keep working organization credentials.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<TokenView> revokeCreatedBy(Actor admin, long userId, String reason) {
        List<TokenView> live = jdbc.sql("""
                        select * from identity_api_token
                        where created_by = ? and organization_id = ? and revoked_at is null order by id for update""")
                .params(userId, admin.organizationId()).query(ROWS).list();
        return live.stream().map(before -> {
            TokenView after = markRevoked(admin, before);
            record(admin, after, "token.revoked", before, Map.of("token", after, "reason", reason));
            return after;
        }).toList();
    }

    private TokenView markRevoked(Actor admin, TokenView token) {
        jdbc.sql("update identity_api_token set revoked_at = ? where id = ?").params(OffsetDateTime.now(clock), token.id())
                .update();
        return find(admin.organizationId(), token.id()).orElseThrow();
    }

    private Optional<TokenView> find(long organizationId, long id) {
        return jdbc.sql("select * from identity_api_token where id = ? and organization_id = ?")
                .params(id, organizationId).query(ROWS).optional();
    }

    private void record(Actor admin, TokenView token, String action, Object before, Object after) {
        audit.record(new AuditRecord(admin.toAuditActor(), "identity.api-token", String.valueOf(token.id()),
                token.organizationId(), action, before, after));
    }
}
