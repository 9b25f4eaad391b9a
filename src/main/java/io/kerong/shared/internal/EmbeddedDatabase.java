package io.kerong.shared.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The started embedded PostgreSQL and the role the platform connects as. The superuser {@code postgres} owns the schema
 * and runs the migrations; the application role, created here before the migrations run, gets a new random password
 * at every start and only the privileges the migrations grant it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final String appRole;
    private final String appPassword;

    EmbeddedDatabase(EmbeddedPostgres postgres, String appRole) throws SQLException {
        if (!ROLE_NAME.matcher(appRole).matches()) {
            throw new IllegalStateException("kerong.db.app-role '" + appRole + "' is not a plain lower-case role name");
        }
        this.postgres = postgres;
        this.appRole = appRole;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.appPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ensureAppRole();
    }

    private void ensureAppRole() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean exists = s.executeQuery("select 1 from pg_roles where rolname = '" + appRole + "'").next();
            // password: base64url characters only, so it needs no quoting beyond the literal's
            s.execute((exists ? "alter role " : "create role ") + appRole
                    + " login nosuperuser nocreatedb nocreaterole password '" + appPassword + "'");
        }
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    String appRole() {
        return appRole;
    }

    String appPassword() {
        return appPassword;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
