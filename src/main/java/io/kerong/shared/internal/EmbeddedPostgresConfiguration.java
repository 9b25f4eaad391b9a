package io.kerong.shared.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so the platform runs with nothing
 * installed. With a data directory set, the database survives restarts; with none, a throw-away one is used (tests).
 * As with an external database, two roles: the migrations run as the owner ({@code postgres}, the
 * {@link FlywayDataSource}), the platform connects as the application role, which may not change the audit trail.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${kerong.embedded-db.data-dir:}") String dataDir,
                                      @Value("${kerong.embedded-db.port:0}") int port,
                                      @Value("${kerong.db.app-role:kerong_app}") String appRole)
            throws IOException, SQLException {
        // no shutdown hook of its own: the database stops when the context closes, after the beans that still use it
        // (the event publication registry reads its table while the context closes)
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        if (StringUtils.hasText(dataDir)) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            // kept data must survive a crash of the host, so commits wait for the disk like a normal server
            builder.setDataDirectory(dir).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}; the platform connects as role {}", postgres.getPort(), appRole);
        return new EmbeddedDatabase(postgres, appRole);
    }

    /** The owner's connections: Flyway's, and nobody else's (not a default candidate for injection). */
    @Bean(defaultCandidate = false, destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource ownerDataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = pool(database, "postgres", null, "kerong-embedded-owner");
        dataSource.setMaximumPoolSize(2);
        dataSource.setMinimumIdle(0);
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = pool(database, database.appRole(), database.appPassword(), "kerong-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static HikariDataSource pool(EmbeddedDatabase database, String user, String password, String name) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.postgres().getJdbcUrl(user, "postgres"));
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setPoolName(name);
        return dataSource;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
