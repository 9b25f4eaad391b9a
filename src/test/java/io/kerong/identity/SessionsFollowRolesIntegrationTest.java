package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.identity.internal.TokenAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Real sessions, as a browser holds them: logged in through the form, kept in PostgreSQL by Spring Session and
 * presented as the SESSION cookie. A session must not outlive the roles it was opened with.
 */
class SessionsFollowRolesIntegrationTest extends IdentityIntegrationTest {

    @Autowired
    TokenAdministration tokens;

    @Test
    void aDemotedAdminLosesAdminRightsInTheSessionItAlreadyHas() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String boss = secondAdmin(bank);
        String demoted = bank.adminUsername();
        Cookie session = logIn(demoted, PASSWORD);
        mvc.perform(get("/api/v1/organization/users").cookie(session)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/organization/users/{id}/roles", actorOf(demoted).userId()).with(as(boss)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\"]}"))
                .andExpect(status().isOk());

        assertThat(sessionsOf(demoted)).isZero();
        long users = count("identity_user");
        long liveTokens = liveTokens(bank.id());
        mvc.perform(get("/api/v1/organization/users").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/organization/tokens").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"降级后\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/organization/users").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(newAdmin(newUsername("usurper"))))
                .andExpect(status().isUnauthorized());
        assertThat(count("identity_user")).isEqualTo(users);
        assertThat(liveTokens(bank.id())).isEqualTo(liveTokens);

        Cookie again = logIn(demoted, PASSWORD);
        mvc.perform(get("/api/v1/organization/users").cookie(again)).andExpect(status().isForbidden());
    }

    @Test
    void aDemotionOnTheUsersPageEndsTheDemotedAdminsSessionToo() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String boss = secondAdmin(bank);
        String demoted = bank.adminUsername();
        Cookie session = logIn(demoted, PASSWORD);
        mvc.perform(get("/organization/users").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());

        mvc.perform(post("/organization/users/{id}/roles", actorOf(demoted).userId()).with(as(boss)).with(csrf())
                        .param("roles", "STAFF"))
                .andExpect(redirectedUrl("/organization/users?done"));

        assertThat(sessionsOf(demoted)).isZero();
        mvc.perform(get("/organization/users").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    /** The second line: even a session that was not deleted loses its rights once the database says otherwise. */
    @Test
    void aSessionWhoseRolesChangedBehindItsBackEndsOnItsNextRequest() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        Cookie session = logIn(bank.adminUsername(), PASSWORD);
        mvc.perform(get("/api/v1/organization/users").cookie(session)).andExpect(status().isOk());

        jdbc.sql("update identity_user set roles = '{STAFF}' where lower(username) = lower(?)")
                .param(bank.adminUsername()).update();
        assertThat(sessionsOf(bank.adminUsername())).isOne();

        mvc.perform(get("/api/v1/organization/users").cookie(session)).andExpect(status().isUnauthorized());
        assertThat(sessionsOf(bank.adminUsername())).isZero();
    }

    @Test
    void aDisabledUsersSessionEndsEvenIfItSurvivedTheDisabling() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        Cookie session = logIn(bank.adminUsername(), PASSWORD);
        jdbc.sql("update identity_user set enabled = false where lower(username) = lower(?)")
                .param(bank.adminUsername()).update();
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokensADemotedAdminCreatedStopWorkingAndOtherAdminsTokensDoNot() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String boss = secondAdmin(bank);
        String demoted = bank.adminUsername();
        String mine = tokens.create(actorOf(demoted), "降级者的令牌").secret();
        String theirs = tokens.create(actorOf(boss), "仍在用的令牌").secret();
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + mine))
                .andExpect(status().isOk());

        mvc.perform(put("/api/v1/organization/users/{id}/roles", actorOf(demoted).userId()).with(as(boss)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\"]}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + mine))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + theirs))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select after_state from audit_entry
                        where subject_type = 'identity.api-token' and action = 'token.revoked' and subject_org_id = ?""")
                .param(bank.id()).query(String.class).single()).contains("user.roles-changed", "降级者的令牌");
    }

    @Test
    void theTokensOfADisabledUserStopWorking() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String boss = secondAdmin(bank);
        String leaving = bank.adminUsername();
        String secret = tokens.create(actorOf(leaving), "离职者的令牌").secret();

        mvc.perform(post("/api/v1/organization/users/{id}/disable", actorOf(leaving).userId()).with(as(boss))
                        .with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleChangeThatKeepsAdminEndsTheSessionsButKeepsTheTokens() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String admin = bank.adminUsername();
        String secret = tokens.create(actorOf(admin), "对接系统").secret();
        Cookie session = logIn(admin, PASSWORD);

        mvc.perform(put("/api/v1/organization/users/{id}/roles", actorOf(admin).userId()).with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"ORG_ADMIN\",\"STAFF\"]}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/organization/users").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsTheCurrentOne() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String user = bank.adminUsername();
        Cookie here = logIn(user, PASSWORD);
        Cookie elsewhere = logIn(user, PASSWORD);
        assertThat(sessionsOf(user)).isEqualTo(2);

        var changed = mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "moved2025x")
                        .param("confirmPassword", "moved2025x"))
                .andExpect(redirectedUrl("/account/password?changed"))
                .andReturn().getResponse();
        Cookie renewed = changed.getCookie("SESSION");
        assertThat(renewed).as("the kept session goes on under a new id").isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(here.getValue());

        assertThat(sessionsOf(user)).isOne();
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).cookie(renewed)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).cookie(here)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).cookie(elsewhere)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(user).password("moved2025x")).andExpect(redirectedUrl("/home"));
    }

    private Cookie logIn(String username, String password) throws Exception {
        var response = mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/home")).andReturn().getResponse();
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("the log-in opens a stored session").isNotNull();
        return session;
    }

    private String secondAdmin(Opened organization) throws Exception {
        String username = newUsername("boss");
        addUser(organization.adminUsername(), newAdmin(username)).andExpect(status().isCreated());
        return username;
    }

    private ResultActions addUser(String admin, String json) throws Exception {
        return mvc.perform(post("/api/v1/organization/users").with(as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String newAdmin(String username) {
        return """
                {"username":"%s","displayName":"管理员","phone":"13700000000","email":"a@example.com",
                 "password":"%s","roles":["ORG_ADMIN"]}""".formatted(username, PASSWORD);
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where lower(principal_name) = lower(?)").param(username)
                .query(Long.class).single();
    }

    private long liveTokens(long organizationId) {
        return jdbc.sql("select count(*) from identity_api_token where organization_id = ? and revoked_at is null")
                .param(organizationId).query(Long.class).single();
    }
}
