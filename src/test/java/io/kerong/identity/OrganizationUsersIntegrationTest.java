package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class OrganizationUsersIntegrationTest extends IdentityIntegrationTest {

    @Test
    void adminAddsAStaffMemberWhoCanLogIn() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String username = newUsername("staff");
        addUser(bank.adminUsername(), username, "[\"STAFF\"]")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("STAFF"))
                .andExpect(jsonPath("$.organizationId").value(bank.id()));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
        assertThat(actorOf(username).organizationId()).isEqualTo(bank.id());
    }

    @Test
    void adminCannotTouchUsersOfAnotherOrganizationAndLearnsNothingAboutThem() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        Opened investor = open(OrganizationType.INVESTOR);
        long victim = actorOf(investor.adminUsername()).userId();
        String admin = bank.adminUsername();
        mvc.perform(get("/api/v1/organization/users/{id}", victim).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organization/users/{id}/disable", victim).with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/organization/users/{id}/roles", victim).with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organization/users/{id}/password", victim).with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"hijack123\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organization/users/{id}/disable", victim).with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organization/users/{id}", Long.MAX_VALUE).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(formLogin().user(investor.adminUsername()).password(PASSWORD)).andExpect(redirectedUrl("/home"));
        mvc.perform(get("/api/v1/organization/users").with(as(admin)))
                .andExpect(content().string(containsString(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(investor.adminUsername()))));
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String admin = bank.adminUsername();
        long self = actorOf(admin).userId();
        mvc.perform(post("/api/v1/organization/users/{id}/disable", self).with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("最后一位启用的管理员")));
        mvc.perform(put("/api/v1/organization/users/{id}/roles", self).with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/organization/users/{id}/disable", self).with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最后一位启用的管理员")));

        String second = newUsername("second");
        addUser(admin, second, "[\"ORG_ADMIN\"]").andExpect(status().isCreated());
        mvc.perform(post("/api/v1/organization/users/{id}/disable", self).with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        long secondId = actorOf(second).userId();
        mvc.perform(put("/api/v1/organization/users/{id}/roles", secondId).with(as(second)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"STAFF\"]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffCannotManageUsers() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String staff = newUsername("staff");
        addUser(bank.adminUsername(), staff, "[\"STAFF\"]").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/organization/users").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/organization/users").with(as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void passwordResetIsAuditedWithoutAnyPasswordOrHash() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String staff = newUsername("reset");
        addUser(bank.adminUsername(), staff, "[\"STAFF\"]").andExpect(status().isCreated());
        long id = actorOf(staff).userId();
        mvc.perform(post("/api/v1/organization/users/{id}/password", id).with(as(bank.adminUsername())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"newpass456\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(formLogin().user(staff).password("newpass456")).andExpect(redirectedUrl("/home"));
        var states = jdbc.sql("select coalesce(before_state, '') || coalesce(after_state, '') from audit_entry where subject_type = 'identity.user' and subject_id = ?")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(states).hasSize(2).allSatisfy(s -> assertThat(s).doesNotContain("newpass456", PASSWORD, "bcrypt", "password_hash"));
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'identity.user' and subject_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("user.created", "user.password-reset");
    }

    @Test
    void everyUserChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String admin = bank.adminUsername();
        mvc.perform(post("/account/password").with(as(admin)).with(csrf()).param("currentPassword", "wrong")
                        .param("newPassword", "changed789").param("confirmPassword", "changed789"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确。")));
        mvc.perform(post("/account/password").with(as(admin)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "changed789").param("confirmPassword", "changed789"))
                .andExpect(redirectedUrl("/account/password?changed"));
        mvc.perform(formLogin().user(admin).password("changed789")).andExpect(redirectedUrl("/home"));
    }

    private ResultActions addUser(String admin, String username, String roles) throws Exception {
        return mvc.perform(post("/api/v1/organization/users").with(as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","displayName":"员工","phone":"13700000000","email":"s@example.com",
                         "password":"%s","roles":%s}""".formatted(username, PASSWORD, roles)));
    }
}
