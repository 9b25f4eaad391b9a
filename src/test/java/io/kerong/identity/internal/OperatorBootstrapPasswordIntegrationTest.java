package io.kerong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first operator admin's password, when set through KERONG_ADMIN_PASSWORD, follows the same rule as every other.
 * Each case runs in a transaction that hides the existing operator and is rolled back, as on a fresh platform.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorBootstrapPasswordIntegrationTest {

    @Autowired Organizations organizations;
    @Autowired Users users;
    @Autowired PasswordEncoder passwords;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MessageSource messages;

    @Test
    void aConfiguredCommonPasswordStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> onAFreshPlatform(bootstrap("root-weak", "password1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KERONG_ADMIN_PASSWORD")
                .hasMessageContaining("one of the 10,000 commonest passwords");
        assertThat(users.usernameTaken("root-weak")).isFalse();
    }

    @Test
    void aConfiguredPasswordWithATrailingSpaceStopsTheStart() {
        assertThatThrownBy(() -> onAFreshPlatform(bootstrap("root-space", "Kerong@2026 ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not begin or end with a space");
    }

    @Test
    void anAcceptablePasswordOpensTheOperatorWithIt() {
        String hash = onAFreshPlatform(bootstrap("root-good", "Kerong@2026"), "root-good");
        assertThat(passwords.matches("Kerong@2026", hash)).isTrue();
    }

    private OperatorBootstrap bootstrap(String username, String password) {
        return new OperatorBootstrap(organizations, users, passwords, audit, jdbc, transaction, messages, "新运营方",
                username, password);
    }

    private void onAFreshPlatform(OperatorBootstrap bootstrap) {
        onAFreshPlatform(bootstrap, null);
    }

    /** Runs the bootstrap with no operator in sight and rolls everything back; the new admin's hash, if asked. */
    private String onAFreshPlatform(OperatorBootstrap bootstrap, String username) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("update identity_organization set type = 'BANK' where type = 'OPERATOR'").update();
            assertThat(bootstrap.createOperatorIfMissing()).isTrue();
            return username == null ? null : jdbc.sql("select password_hash from identity_user where username = ?")
                    .param(username).query(String.class).single();
        });
    }
}
