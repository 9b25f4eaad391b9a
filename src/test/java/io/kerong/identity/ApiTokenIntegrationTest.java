package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ApiTokenIntegrationTest extends IdentityIntegrationTest {

    @Test
    void aTokenActsAsItsOrganizationUntilRevoked() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String created = mvc.perform(post("/api/v1/organization/tokens").with(as(bank.adminUsername())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"信贷系统对接\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.secret");
        int id = JsonPath.read(created, "$.token.id");
        assertThat(secret).startsWith("krg_");
        assertThat(jdbc.sql("select token_hash from identity_api_token where id = ?").param(id).query(String.class)
                .single()).matches("[0-9a-f]{64}").isNotEqualTo(secret);

        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(containsString("成都测试")));
        mvc.perform(get("/api/v1/organization/tokens").with(as(bank.adminUsername())))
                .andExpect(jsonPath("$[0].name").value("信贷系统对接"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));

        mvc.perform(post("/api/v1/organization/tokens/{id}/revoke", id).with(as(bank.adminUsername())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").isNotEmpty());
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'identity.api-token' and subject_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("token.created", "token.revoked");
    }

    @Test
    void aTokenCanManageNeitherTokensNorUsers() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String secret = tokens.create(actorOf(bank.adminUsername()), "只读").secret();
        long before = count("identity_api_token");
        mvc.perform(post("/api/v1/organization/tokens").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"再造一个\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/users").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());
        assertThat(count("identity_api_token")).isEqualTo(before);
    }

    @Test
    void anAdminCannotRevokeAnotherOrganizationsToken() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        Opened investor = open(OrganizationType.INVESTOR);
        var token = tokens.create(actorOf(investor.adminUsername()), "投资系统");
        mvc.perform(post("/api/v1/organization/tokens/{id}/revoke", token.token().id()).with(as(bank.adminUsername()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/{id}", investor.id()).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
    }

    @Test
    void theTokenPageShowsANewSecretOnce() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String page = mvc.perform(post("/organization/tokens").with(as(bank.adminUsername())).with(csrf())
                        .param("name", "页面令牌"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*<code[^>]*>(krg_[^<]+)</code>.*", "$1");
        assertThat(secret).startsWith("krg_");
        mvc.perform(get("/organization/tokens").with(as(bank.adminUsername())))
                .andExpect(content().string(containsString("页面令牌")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.kerong.identity.internal.TokenAdministration tokens;
}
