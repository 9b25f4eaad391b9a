package io.kerong.identity.internal;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 初始运营方账号: on a fresh platform, opens the operator organization and its first admin so that someone can log in.
 * Runs after every other start-up task (demo data brings its own operator), and only while no operator exists; an
 * advisory lock makes nodes starting together create it once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);
    private static final long LOCK = 0x4B4552_424F4F54L;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Organizations organizations;
    private final Users users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final String organizationName;
    private final String username;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    OperatorBootstrap(Organizations organizations, Users users, PasswordEncoder passwords, AuditTrail audit,
                      JdbcClient jdbc, TransactionTemplate transaction, MessageSource messages,
                      @Value("${kerong.bootstrap.operator-organization:科技局}") String organizationName,
                      @Value("${kerong.bootstrap.admin-username:admin}") String username,
                      @Value("${kerong.bootstrap.admin-password:}") String configuredPassword) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.messages = messages;
        this.organizationName = organizationName;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> createOperatorIfMissing());
    }

    /** True when this call created the operator. */
    boolean createOperatorIfMissing() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, i) -> 1).list();
        if (organizations.anyOfType(OrganizationType.OPERATOR)) {
            return false;
        }
        if (users.usernameTaken(username)) {
            log.error("No operator organization exists, but user name '{}' is taken: set kerong.bootstrap.admin-username",
                    username);
            return false;
        }
        boolean generated = configuredPassword.isEmpty();
        if (!generated) {
            refuseUnacceptable(configuredPassword);
        }
        String password = generated ? randomPassword() : configuredPassword;
        long organizationId = organizations.insert(OrganizationType.OPERATOR, organizationName, null,
                OrganizationStatus.ACTIVE, null, null, null);
        long userId = users.insert(organizationId, username, username, null, null, passwords.encode(password),
                Set.of(UserRole.ORG_ADMIN));
        audit.record(new AuditRecord(AuditActor.SYSTEM, "identity.organization", String.valueOf(organizationId),
                organizationId, "organization.created", null,
                Map.of("id", organizationId, "type", OrganizationType.OPERATOR, "name", organizationName)));
        audit.record(new AuditRecord(AuditActor.SYSTEM, "identity.user", String.valueOf(userId), organizationId,
                "user.created", null, users.find(organizationId, userId).orElseThrow()));
        if (generated) {
            log.warn("Created operator '{}' with admin user '{}' and generated password: {} "
                    + "(change it after the first log-in, or set KERONG_ADMIN_PASSWORD)", organizationName, username,
                    password);
        } else {
            log.info("Created operator '{}' with admin user '{}'", organizationName, username);
        }
        return true;
    }

    /**
     * A configured password is held to the same rule as every other: the platform refuses to start rather than open
     * its most powerful account with a weak password, or with another one than the operator expects.
     */
    private void refuseUnacceptable(String password) {
        PasswordPolicy.problem("admin-password", password, username, null).ifPresent(v -> {
            throw new IllegalStateException("KERONG_ADMIN_PASSWORD (kerong.bootstrap.admin-password) is not accepted: "
                    + messages.getMessage(v.messageKey(), v.args(), Locale.ENGLISH)
                    + " Set another, or leave it empty to have a password generated and logged once.");
        });
    }

    private String randomPassword() {
        String password;
        do {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = b.toString();
        } while (!PasswordPolicy.isAcceptable(password, username, null));
        return password;
    }
}
