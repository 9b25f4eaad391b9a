package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The operator sees who is throttled and lifts it, audited; nobody else may; bad API tokens count per address. */
class LoginThrottleAdministrationIntegrationTest extends ThrottleIntegrationTest {

    @Test
    void theOperatorSeesAWaitingNameAndLiftsItSoTheRightPasswordWorksAtOnce() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String attacker = newAddress();
        for (int i = 0; i < 6; i++) {
            logIn(bank.adminUsername(), "wrong" + i, attacker);
        }
        long userId = userId(bank.adminUsername());
        mvc.perform(get("/api/v1/login-throttles").with(as("admin")))
                .andExpect(status().isOk())
                // the fifth and sixth came inside the wait after the fourth: refused unchecked, counted for the address only
                .andExpect(jsonPath("$.names[?(@.userId == " + userId + ")].failures").value(hasItem(4)))
                .andExpect(jsonPath("$.names[?(@.userId == " + userId + ")].waiting").value(hasItem(true)))
                .andExpect(jsonPath("$.names[?(@.userId == " + userId + ")].lastAddress").value(hasItem(attacker)))
                .andExpect(jsonPath("$.addresses[?(@.address == '" + attacker + "')].failures").value(hasItem(6)));
        mvc.perform(get("/operator/login-throttles").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(bank.adminUsername())));

        mvc.perform(post("/api/v1/login-throttles/users/{id}/lift", userId).with(as("admin")).with(csrf()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/login-throttles").with(as("admin")))
                .andExpect(jsonPath("$.names[*].userId").value(not(hasItem((int) userId))));
        logIn(bank.adminUsername(), PASSWORD, newAddress()).andExpect(redirectedUrl("/home"));
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'identity.login-throttle' "
                        + "and subject_id = ?").param("user:" + userId).query(String.class).list())
                .containsExactly("login-throttle.lifted");
        mvc.perform(post("/api/v1/login-throttles/users/{id}/lift", userId).with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOperatorLiftsARefusedAddressOnThePage() throws Exception {
        String sprayer = newAddress();
        for (int i = 0; i < 21; i++) {
            logIn(newUsername("spray"), "x", sprayer);
        }
        Opened bank = open(OrganizationType.BANK);
        logIn(bank.adminUsername(), PASSWORD, sprayer).andExpect(redirectedUrl("/login?error=throttled"));

        mvc.perform(post("/operator/login-throttles/addresses/lift").param("address", sprayer)
                        .with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/operator/login-throttles"));

        logIn(bank.adminUsername(), PASSWORD, sprayer).andExpect(redirectedUrl("/home"));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'identity.login-throttle' "
                + "and subject_id = ? and action = 'login-throttle.lifted'").param("address:" + sprayer)
                .query(Long.class).single()).isOne();
    }

    @Test
    void liftingAnAddressWithoutAnAddressNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/login-throttles/addresses/lift").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("address"));
    }

    @Test
    void nobodyButTheOperatorSeesOrLiftsThrottles() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String user = bank.adminUsername();
        mvc.perform(get("/api/v1/login-throttles").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/operator/login-throttles").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/login-throttles/users/{id}/lift", userId(user)).with(as(user)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/operator/login-throttles/addresses/lift").param("address", "198.18.0.1")
                .with(as(user)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anAddressThatTriesTooManyBadApiTokensIsRefusedBeforeAnyTokenIsLookedAt() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String created = mvc.perform(post("/api/v1/organization/tokens").with(as(bank.adminUsername())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"对接\"}"))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.secret");
        String guesser = newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(guesser))
                    .header("Authorization", "Bearer krg_guess" + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(guesser))
                .header("Authorization", "Bearer " + secret)).andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(newAddress()))
                .header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    private long userId(String username) {
        return jdbc.sql("select id from identity_user where username = ?").param(username).query(Long.class).single();
    }
}
