package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.identity.internal.ActorPrincipal;
import io.kerong.identity.internal.NewOrganization;
import io.kerong.identity.internal.NewUser;
import io.kerong.identity.internal.OrganizationAdministration;
import io.kerong.identity.internal.StaffAdministration;
import io.kerong.shared.UnifiedSocialCreditCode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The reproduction as it was seen, against the running platform: a browser logged in as an organization admin, with
 * its session cookie and the CSRF token of its pages, goes on after another admin demoted it to STAFF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemotedSessionOverHttpIntegrationTest {

    private static final String PASSWORD = "secret123";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganizationAdministration organizations;
    @Autowired StaffAdministration staff;

    @Test
    void aDemotedAdminsBrowserCanNeitherListUsersNorMintATokenNorCreateAnAdmin() throws Exception {
        String demoted = "http-" + UUID.randomUUID().toString().substring(0, 8);
        long bank = openBank(demoted);
        String boss = demoted + "-boss";
        staff.add(actor(demoted), new NewUser(boss, "行长", null, null, PASSWORD, Set.of(UserRole.ORG_ADMIN)));

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, demoted);
        String csrf = csrfOf(send(browser, get("/account/password")).body());
        assertThat(send(browser, get("/api/v1/organization/users")).statusCode()).isEqualTo(200);

        staff.changeRoles(actor(boss), actor(demoted).userId(), Set.of(UserRole.STAFF));

        long users = count("select count(*) from identity_user where organization_id = " + bank);
        long tokens = count("select count(*) from identity_api_token where organization_id = " + bank);
        assertThat(send(browser, get("/api/v1/organization/users")).statusCode()).isEqualTo(401);
        logIn(browser, demoted);
        csrf = csrfOf(send(browser, get("/account/password")).body());
        assertThat(send(browser, json("/api/v1/organization/tokens", csrf, "{\"name\":\"降级后\"}")).statusCode())
                .isEqualTo(403);
        assertThat(send(browser, json("/api/v1/organization/users", csrf, """
                {"username":"%s-usurper","displayName":"冒充","password":"%s","roles":["ORG_ADMIN"]}"""
                .formatted(demoted, PASSWORD))).statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from identity_user where organization_id = " + bank)).isEqualTo(users);
        assertThat(count("select count(*) from identity_api_token where organization_id = " + bank)).isEqualTo(tokens);
    }

    /** The session (and the CSRF token kept in it) is gone: the POST is refused before anything reads its body. */
    @Test
    void aStaleSessionsPostWithItsOldCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String demoted = "http-" + UUID.randomUUID().toString().substring(0, 8);
        long bank = openBank(demoted);
        String boss = demoted + "-boss";
        staff.add(actor(demoted), new NewUser(boss, "行长", null, null, PASSWORD, Set.of(UserRole.ORG_ADMIN)));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, demoted);
        String csrf = csrfOf(send(browser, get("/account/password")).body());

        staff.changeRoles(actor(boss), actor(demoted).userId(), Set.of(UserRole.STAFF));

        long tokens = count("select count(*) from identity_api_token where organization_id = " + bank);
        assertThat(send(browser, json("/api/v1/organization/tokens", csrf, "{\"name\":\"旧会话\"}")).statusCode())
                .isIn(401, 403);
        assertThat(send(browser, json("/api/v1/organization/users", csrf, """
                {"username":"%s-usurper","displayName":"冒充","password":"%s","roles":["ORG_ADMIN"]}"""
                .formatted(demoted, PASSWORD))).statusCode()).isIn(401, 403);
        assertThat(count("select count(*) from identity_user where username = '" + demoted + "-usurper'")).isZero();
        assertThat(count("select count(*) from identity_api_token where organization_id = " + bank)).isEqualTo(tokens);
    }

    /** The second line over HTTP: the session survived, its CSRF token is valid, the roles in the database changed. */
    @Test
    void aSessionWhoseRolesChangedBehindItsBackIsUnauthorizedEvenWithItsCsrfToken() throws Exception {
        String demoted = "http-" + UUID.randomUUID().toString().substring(0, 8);
        long bank = openBank(demoted);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, demoted);
        String csrf = csrfOf(send(browser, get("/account/password")).body());
        jdbc.sql("update identity_user set roles = '{STAFF}' where username = ?").param(demoted).update();

        assertThat(send(browser, json("/api/v1/organization/tokens", csrf, "{\"name\":\"背后降级\"}")).statusCode())
                .isEqualTo(401);
        assertThat(count("select count(*) from identity_api_token where organization_id = " + bank)).isZero();
    }

    private long openBank(String adminUsername) {
        String uscc = UnifiedSocialCreditCode.assemble("91", "510104",
                String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        return organizations.create(actor("admin"), new NewOrganization(OrganizationType.BANK, uscc,
                "会话银行" + adminUsername, "张三", "13800000000", "z@example.com", adminUsername, PASSWORD, PASSWORD));
    }

    private Actor actor(String username) {
        return ((ActorPrincipal) userDetails.loadUserByUsername(username)).actor();
    }

    private void logIn(HttpClient browser, String username) throws Exception {
        String csrf = csrfOf(send(browser, get("/login")).body());
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + PASSWORD + "&_csrf=" + csrf)).build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
    }

    private static String csrfOf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpRequest get(String path) {
        String accept = path.startsWith("/api/") ? "application/json" : "text/html";
        return HttpRequest.newBuilder(uri(path)).header("Accept", accept).build();
    }

    private HttpRequest json(String path, String csrf, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
