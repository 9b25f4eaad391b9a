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
    void theOperatorSeesAWaitingNamePerAddressAndLiftsItEverywhereSoTheRightPasswordWorksAtOnce() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String attacker = newAddress();
        String other = newAddress();
        for (int i = 0; i < 6; i++) {
            logIn(bank.adminUsername(), "wrong" + i, attacker);
        }
        logIn(bank.adminUsername(), "wrong", other);
        long userId = userId(bank.adminUsername());
        String row = "$.names[?(@.userId == " + userId + " && @.address == '" + attacker + "')]";
        mvc.perform(get("/api/v1/login-throttles").with(as("admin")))
                .andExpect(status().isOk())
                // the fifth and sixth came inside the wait after the fourth: refused unchecked, counted for the address only
                .andExpect(jsonPath(row + ".failures").value(hasItem(4)))
                .andExpect(jsonPath(row + ".waiting").value(hasItem(true)))
                .andExpect(jsonPath("$.names[?(@.userId == " + userId + " && @.address == '" + other + "')].failures")
                        .value(hasItem(1)))
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
    void anOperatorApiTokenNeitherListsNorLiftsThrottlesAndOperatorStaffMayOnlyList() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        logIn(bank.adminUsername(), "wrong", newAddress());
        long userId = userId(bank.adminUsername());
        String token = "Bearer " + tokenOf("admin");
        mvc.perform(get("/api/v1/login-throttles").header("Authorization", token).with(from(newAddress())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://kerong.io/problems/forbidden"));
        mvc.perform(post("/api/v1/login-throttles/users/{id}/lift", userId).header("Authorization", token)
                .with(from(newAddress()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/login-throttles/addresses/lift").header("Authorization", token)
                        .with(from(newAddress())).contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"198.18.0.1\"}"))
                .andExpect(status().isForbidden());

        String staff = newUsername("opstaff");
        mvc.perform(post("/api/v1/organization/users").with(as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"运营人员","password":"%s","roles":["STAFF"]}"""
                        .formatted(staff, PASSWORD))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/login-throttles").with(as(staff))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/login-throttles/users/{id}/lift", userId).with(as(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from identity_login_name_throttle where user_id = ?").param(userId)
                .query(Long.class).single()).as("nothing was lifted").isOne();
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
    void anAddressThatTriesTooManyBadApiTokensIsRefusedButAValidTokenFromItStillWorks() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String secret = tokenOf(bank.adminUsername());
        String guesser = newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(guesser))
                            .header("Authorization", "Bearer krg_guess" + i))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://kerong.io/problems/unauthorized"))
                    .andExpect(jsonPath("$.detail").value("接口令牌无效、已吊销或已过期。"));
        }
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(guesser))
                        .header("Authorization", "Bearer krg_guess20"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type").value("https://kerong.io/problems/too-many-requests"))
                .andExpect(jsonPath("$.detail").value("来自您所在网络地址的失败尝试过多，请 20 分钟后再试。"));
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(guesser))
                .header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(guesser))
                        .header("Authorization", "Bearer krg_guess21")
                        .cookie(new jakarta.servlet.http.Cookie("kerong-lang", "en")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value("Too many failed attempts from your network address: try again in 20 minutes."));
    }

    @Test
    void badApiTokensFromAnIpv6ClientCountForItsWholeSlash64() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String network = "2001:db8:" + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(1, 0xffff)) + ":5:";
        for (int i = 1; i <= 20; i++) {
            mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(network + ":" + Integer.toHexString(i)))
                    .header("Authorization", "Bearer krg_guess" + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(network + "1:2:3:4"))
                .header("Authorization", "Bearer krg_guess")).andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(from(network.replace(":5:", ":6:") + ":1"))
                .header("Authorization", "Bearer krg_guess")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusalsOfTheApiAreTheProblemShapeInTheUsersLanguage() throws Exception {
        mvc.perform(get("/api/v1/login-throttles"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://kerong.io/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("需要先登录，或在请求头中提供有效的接口令牌。"));
        Opened bank = open(OrganizationType.BANK);
        mvc.perform(get("/api/v1/login-throttles").with(as(bank.adminUsername()))
                        .cookie(new jakarta.servlet.http.Cookie("kerong-lang", "en")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.detail").value("You may not do this."));
    }

    private String tokenOf(String admin) throws Exception {
        String created = mvc.perform(post("/api/v1/organization/tokens").with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"对接\"}"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.secret");
    }

    private long userId(String username) {
        return jdbc.sql("select id from identity_user where username = ?").param(username).query(Long.class).single();
    }
}
