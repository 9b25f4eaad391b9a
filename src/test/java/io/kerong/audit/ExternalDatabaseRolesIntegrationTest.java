package io.kerong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.KerongApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An external PostgreSQL set up as docs/audit-trail.md says: an owner role for the migrations, an application role for
 * the platform, configured only through the documented settings.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseRolesIntegrationTest {

    @Test
    void theMigrationsRunAsTheOwnerAndThePlatformAsTheApplicationRoleThatCannotChangeTheTrail() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role kerong_owner login password 'owner-secret'");
                s.execute("create role kerong_app login password 'app-secret'");
                s.execute("create database kerong owner kerong_owner");
            }
            try (ConfigurableApplicationContext platform = start("jdbc:postgresql://localhost:" + server.getPort() + "/kerong")) {
                JdbcClient jdbc = platform.getBean(JdbcClient.class);
                AuditTrail trail = platform.getBean(AuditTrail.class);
                platform.getBean(TransactionTemplate.class).executeWithoutResult(s -> trail.record(new AuditRecord(
                        AuditActor.SYSTEM, "enterprise", "1", null, "update", null, Map.of("a", 1))));

                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("kerong_app");
                assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'audit_entry'")
                        .query(String.class).single()).isEqualTo("kerong_owner");
                assertThat(jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'")
                        .query(Long.class).single()).isEqualTo(1);
                assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
                assertThat(trail.verify().intact()).isTrue();
            }
        }
    }

    @Test
    void withOneRoleForTheMigrationsAndThePlatformThePlatformRefusesToStartAndSaysWhatToDo() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = singleRoleDatabase(server);

            assertThatThrownBy(() -> startAsTheOwner(url).close()).rootCause()
                    .hasMessageContaining("The platform's database role 'kerong_single' may change the audit trail")
                    .hasMessageContaining("audit_entry: UPDATE, DELETE, TRUNCATE")
                    .hasMessageContaining("audit_checkpoint: UPDATE, DELETE, TRUNCATE")
                    .hasMessageContaining("docs/audit-trail.md")
                    .hasMessageContaining("KERONG_DB_ALLOW_AUDIT_WRITES=true");
        }
    }

    @Test
    void withOneRoleThePlatformStartsOnlyWhenAllowedExplicitlyAndThenSaysSoAtError(CapturedOutput output)
            throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = singleRoleDatabase(server);

            try (ConfigurableApplicationContext platform = startAsTheOwner(url, "--kerong.db.allow-audit-writes=true")) {
                assertThat(platform.getBean(JdbcClient.class).sql("select current_user").query(String.class).single())
                        .isEqualTo("kerong_single");
            }
            assertThat(output.getOut()).containsPattern("ERROR .*AuditTablesGuard.*The platform's database role "
                    + "'kerong_single' may change the audit trail.*Started anyway because kerong.db.allow-audit-writes");
        }
    }

    /** An external database set up with a single user, who owns it and is everything the platform connects as. */
    private static String singleRoleDatabase(EmbeddedPostgres server) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role kerong_single login password 'single-secret'");
            s.execute("create database kerong_one owner kerong_single");
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/kerong_one";
    }

    private static ConfigurableApplicationContext startAsTheOwner(String url, String... arguments) {
        return new SpringApplicationBuilder(KerongApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=kerong_single",
                        "spring.datasource.password=single-secret", "spring.main.banner-mode=off")
                .run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0"),
                        java.util.Arrays.stream(arguments)).toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KerongApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=kerong_app",
                        "spring.datasource.password=app-secret", "spring.flyway.user=kerong_owner",
                        "spring.flyway.password=owner-secret", "spring.main.banner-mode=off")
                .run("--server.port=0");
    }
}
