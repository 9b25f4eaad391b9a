package io.kerong.identity.internal;

import io.kerong.shared.Timestamps;
import io.kerong.identity.Actor;
import io.kerong.identity.UserRole;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table. Every lookup by id is scoped to an organization, so no caller can reach another's users. */
@Repository
class Users {

    private static final RowMapper<UserView> ROWS = (rs, i) -> new UserView(rs.getLong("id"),
            rs.getLong("organization_id"), rs.getString("username"), rs.getString("display_name"),
            rs.getString("phone"), rs.getString("email"), JdbcUserDetailsService.roles(rs.getArray("roles")),
            rs.getBoolean("enabled"), Timestamps.read(rs, "created_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Users(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(long organizationId, String username, String displayName, String phone, String email,
                String passwordHash, Set<UserRole> roles) {
        return jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, phone, email,
                            password_hash, roles, enabled, created_at)
                        values (?, ?, ?, ?, ?, ?, cast(? as text[]), true, ?) returning id""")
                .params(organizationId, username, displayName, phone, email, passwordHash, array(roles),
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from identity_user where lower(username) = lower(?))")
                .param(username).query(Boolean.class).single();
    }

    Optional<UserView> find(long organizationId, long userId) {
        return jdbc.sql("select * from identity_user where id = ? and organization_id = ?")
                .params(userId, organizationId).query(ROWS).optional();
    }

    List<UserView> ofOrganization(long organizationId) {
        return jdbc.sql("select * from identity_user where organization_id = ? order by id")
                .param(organizationId).query(ROWS).list();
    }

    long enabledAdmins(long organizationId) {
        return jdbc.sql("""
                        select count(*) from identity_user
                        where organization_id = ? and enabled and 'ORG_ADMIN' = any (roles)""")
                .param(organizationId).query(Long.class).single();
    }

    String passwordHash(long userId) {
        return jdbc.sql("select password_hash from identity_user where id = ?").param(userId)
                .query(String.class).single();
    }

    void setRoles(long userId, Set<UserRole> roles) {
        jdbc.sql("update identity_user set roles = cast(? as text[]) where id = ?").params(array(roles), userId).update();
    }

    void setEnabled(long userId, boolean enabled) {
        jdbc.sql("update identity_user set enabled = ? where id = ?").params(enabled, userId).update();
    }

    void setPasswordHash(long userId, String hash) {
        jdbc.sql("update identity_user set password_hash = ? where id = ?").params(hash, userId).update();
    }

    /** Logs the user out everywhere: their sessions live in the shared session table. */
    void endSessions(String username) {
        jdbc.sql("delete from spring_session where lower(principal_name) = lower(?)").param(username).update();
    }

    /** Logs the user out everywhere but in the session {@code keptSessionId} (Spring Session's public id). */
    void endOtherSessions(String username, String keptSessionId) {
        jdbc.sql("delete from spring_session where lower(principal_name) = lower(?) and session_id <> ?")
                .params(username, keptSessionId).update();
    }

    /**
     * True while the user may still act as {@code actor}: enabled, in their organization, which is active, and with
     * exactly the roles the actor carries. Asked on every request made in a session.
     */
    boolean standsAs(Actor actor) {
        return jdbc.sql("""
                        select u.roles from identity_user u join identity_organization o on o.id = u.organization_id
                        where u.id = ? and u.organization_id = ? and u.enabled and o.status = 'ACTIVE'""")
                .params(actor.userId(), actor.organizationId())
                .query((rs, i) -> JdbcUserDetailsService.roles(rs.getArray("roles"))).optional()
                .filter(actor.roles()::equals).isPresent();
    }

    void endSessionsOfOrganization(long organizationId) {
        jdbc.sql("""
                        delete from spring_session where lower(principal_name) in
                            (select lower(username) from identity_user where organization_id = ?)""")
                .param(organizationId).update();
    }

    private static String array(Set<UserRole> roles) {
        return new TreeSet<>(roles).stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }
}
