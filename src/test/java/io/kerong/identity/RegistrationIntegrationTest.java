package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.identity.internal.EnterpriseRegistrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RecordApplicationEvents
class RegistrationIntegrationTest extends IdentityIntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    EnterpriseRegistrations registrations;

    @Test
    void enterpriseRegistersAsPendingWithItsFirstAdminAndIsAnnounced() throws Exception {
        String uscc = newUscc();
        String username = newUsername("reg");
        mvc.perform(form(uscc.toLowerCase(), "成都锦江智造科技有限公司", username, PASSWORD, PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?registered"));

        var organization = jdbc.sql("select id, type, status, name from identity_organization where uscc = ?")
                .param(uscc).query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("type"),
                        rs.getString("status"), rs.getString("name")}).single();
        assertThat(organization).containsSubsequence("ENTERPRISE", "PENDING", "成都锦江智造科技有限公司");
        long id = (long) organization[0];
        var user = jdbc.sql("select password_hash, array_to_string(roles, ',') as roles from identity_user where username = ?")
                .param(username).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(user[0]).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(user[1]).isEqualTo("ORG_ADMIN");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_org_id = ? and action in ('organization.registered', 'user.created')")
                .param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_org_id = ? and (after_state like '%bcrypt%' or after_state like ?)")
                .params(id, "%" + PASSWORD + "%").query(Long.class).single()).isZero();
        assertThat(events.stream(OrganizationRegistered.class)).containsExactly(new OrganizationRegistered(id,
                OrganizationType.ENTERPRISE, uscc, "成都锦江智造科技有限公司", "张三", "13800000000", "zhang@example.com"));
    }

    @Test
    void wrongCheckCharacterIsShownBesideTheCodeAndNothingIsWritten() throws Exception {
        String valid = newUscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String code = valid.substring(0, 17) + wrong;
        long before = count("identity_organization") + count("identity_user");
        mvc.perform(form(code, "某公司", newUsername("bad"), PASSWORD, PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误，应为 " + valid.charAt(17))))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"某公司\"")));
        assertThat(count("identity_organization") + count("identity_user")).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsReportedAtOnceBesideItsField() throws Exception {
        long before = count("identity_organization") + count("identity_user") + count("audit_entry");
        String page = mvc.perform(post("/register").with(csrf())
                        .param("uscc", "123").param("name", "").param("contactName", "李四")
                        .param("contactPhone", "12345").param("contactEmail", "not-an-email")
                        .param("username", "x").param("password", "abcdefgh").param("confirmPassword", "abcdefgh"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("统一社会信用代码应为 18 位，实际为 3 位", "此项必填。", "电话号码“12345”格式不正确",
                "邮箱“not-an-email”格式不正确", "用户名须为 3–40 位", "密码须同时包含字母和数字。");
        assertThat(page.split("form-control is-invalid", -1)).hasSize(7);
        assertThat(page).contains("value=\"李四\"").doesNotContain("value=\"abcdefgh\"");
        assertThat(count("identity_organization") + count("identity_user") + count("audit_entry")).isEqualTo(before);
    }

    @Test
    void aCodeAlreadyRegisteredIsRejected() throws Exception {
        String uscc = newUscc();
        registrations.register(application(OrganizationType.ENTERPRISE, uscc, newUsername("first")));
        long before = count("identity_organization");
        mvc.perform(form(uscc, "重复企业", newUsername("second"), PASSWORD, PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码 " + uscc + " 已注册")));
        assertThat(count("identity_organization")).isEqualTo(before);
    }

    @Test
    void aUsernameAlreadyTakenIsRejectedWhateverItsCase() throws Exception {
        String username = newUsername("taken");
        registrations.register(application(OrganizationType.ENTERPRISE, newUscc(), username));
        long before = count("identity_organization");
        mvc.perform(form(newUscc(), "另一家企业", username.toUpperCase(), PASSWORD, PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被使用")));
        assertThat(count("identity_organization")).isEqualTo(before);
    }

    @Test
    void passwordsWithoutDigitsOrTooShortAreWeak() throws Exception {
        for (String weak : new String[] {"abcdefgh", "12345678"}) {
            mvc.perform(form(newUscc(), "弱密码企业", newUsername("weak"), weak, weak))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("密码须同时包含字母和数字。")));
        }
        mvc.perform(form(newUscc(), "弱密码企业", newUsername("weak"), "abc123", "abc123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码须为 8–64 个字符。")));
    }

    @Test
    void aConfirmationThatDiffersIsRejected() throws Exception {
        long before = count("identity_user");
        mvc.perform(form(newUscc(), "确认密码企业", newUsername("confirm"), PASSWORD, PASSWORD + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两次输入的密码不一致。")));
        assertThat(count("identity_user")).isEqualTo(before);
    }

    @Test
    void apiRegistrationNeedsNoLoginAndAnswers201() throws Exception {
        String json = """
                {"uscc":"%s","name":"接口注册企业","contactName":"王五","contactPhone":"028-12345678",
                 "contactEmail":"wang@example.com","username":"%s","password":"%s","confirmPassword":"%s"}"""
                .formatted(newUscc(), newUsername("api"), PASSWORD, PASSWORD);
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void apiRegistrationNamesEveryBadFieldInOneProblem() throws Exception {
        long before = count("identity_organization");
        mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uscc\":\"91510104MA6CXXXX0X\",\"password\":\"short\",\"confirmPassword\":\"other\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("uscc", "name", "contactName",
                        "contactPhone", "contactEmail", "username", "password", "confirmPassword")));
        assertThat(count("identity_organization")).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder form(String uscc, String name, String username, String password,
                                                      String confirm) {
        return post("/register").with(csrf()).param("uscc", uscc).param("name", name).param("contactName", "张三")
                .param("contactPhone", "13800000000").param("contactEmail", "zhang@example.com")
                .param("username", username).param("password", password).param("confirmPassword", confirm);
    }
}
