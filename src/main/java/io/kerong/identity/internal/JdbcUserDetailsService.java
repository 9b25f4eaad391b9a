package io.kerong.identity.internal;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class JdbcUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    JdbcUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim();
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.password_hash, u.enabled, u.roles,
                               o.id as org_id, o.type, o.name as org_name, o.status
                        from identity_user u join identity_organization o on o.id = u.organization_id
                        where lower(u.username) = lower(?)""")
                .param(name)
                .query((rs, i) -> new ActorUserDetails(
                        new Actor(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                rs.getLong("org_id"), OrganizationType.valueOf(rs.getString("type")),
                                rs.getString("org_name"), roles(rs.getArray("roles"))),
                        rs.getString("password_hash"), rs.getBoolean("enabled"),
                        OrganizationStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    static Set<UserRole> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(UserRole::valueOf).collect(Collectors.toSet());
    }
}
