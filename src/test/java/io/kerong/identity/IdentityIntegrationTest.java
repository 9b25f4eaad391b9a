package io.kerong.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.kerong.identity.internal.ActorPrincipal;
import io.kerong.identity.internal.NewOrganization;
import io.kerong.identity.internal.OrganizationAdministration;
import io.kerong.shared.UnifiedSocialCreditCode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Shared set-up of the identity tests: one Spring context on a throw-away PostgreSQL, MockMvc through the real
 * security filters, and fixtures that open organizations with unique codes and user names.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IdentityIntegrationTest {

    static final String PASSWORD = "secret123";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    OrganizationAdministration organizations;

    /** An organization opened by the operator, ACTIVE, with its first admin. */
    record Opened(long id, String adminUsername) {
    }

    /** A valid, unused code of an enterprise registered in Chengdu's Jinjiang district. */
    static String newUscc() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return UnifiedSocialCreditCode.assemble("91", "510104", body);
    }

    static String newUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static NewOrganization application(OrganizationType type, String uscc, String username) {
        return new NewOrganization(type, uscc, "成都测试" + username, "张三", "13800000000", "zhang@example.com",
                username, PASSWORD, PASSWORD);
    }

    Opened open(OrganizationType type) {
        String username = newUsername(type.name().toLowerCase());
        long id = organizations.create(operator(), application(type, newUscc(), username));
        return new Opened(id, username);
    }

    Actor operator() {
        return actorOf("admin");
    }

    Actor actorOf(String username) {
        return ((ActorPrincipal) userDetails.loadUserByUsername(username)).actor();
    }

    /** Acts as the logged-in user, loaded through the real user details service. */
    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
