package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The password rule wherever a password is set: bad ones get a 400 naming the field and why, never a 500. */
class PasswordRulesIntegrationTest extends IdentityIntegrationTest {

    /** 27 characters, 73 bytes in UTF-8: one byte more than bcrypt takes. */
    static final String BYTES_73 = "密".repeat(23) + "a1b4";
    /** 32 characters, 92 bytes: within the 64-character limit, far beyond bcrypt's. */
    static final String CHINESE_32 = "密码".repeat(15) + "12";

    @Test
    void passwordsBeyondSeventyTwoBytesAreA400NamingTheFieldNotA500() throws Exception {
        long before = count("identity_organization");
        for (String tooLong : new String[] {BYTES_73, CHINESE_32}) {
            register(newUscc(), newUsername("long"), tooLong)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.length()").value(1))
                    .andExpect(jsonPath("$.errors[0].field").value("password"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("72 个字节")));
        }
        assertThat(count("identity_organization")).isEqualTo(before);

        Opened bank = open(OrganizationType.BANK);
        long users = count("identity_user");
        addStaff(bank.adminUsername(), newUsername("long"), CHINESE_32)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(count("identity_user")).isEqualTo(users);
        mvc.perform(post("/api/v1/organization/users/{id}/password", actorOf(bank.adminUsername()).userId())
                        .with(as(bank.adminUsername())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + BYTES_73 + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void ownPasswordChangeRefusesALongOrPersonalPasswordBesideTheField() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String user = newUsername("user1");
        addStaff(bank.adminUsername(), user, PASSWORD).andExpect(status().isCreated());
        changeOwn(user, CHINESE_32)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword\"")))
                .andExpect(content().string(containsString("按 UTF-8 编码不能超过 72 个字节")));
        changeOwn(user, user.toUpperCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不能与用户名相同。")));
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(redirectedUrl("/home"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() throws Exception {
        register(newUscc(), newUsername("common"), "PassWord1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("这是最常见的一万个密码之一，很容易被猜中，请换一个。"));
    }

    @Test
    void aPasswordEqualToTheUserNameIsRefused() throws Exception {
        String username = newUsername("same1");
        register(newUscc(), username, username.toUpperCase())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("密码不能与用户名相同。"));
    }

    @Test
    void aPasswordEqualToTheCreditCodeIsRefusedOnEveryPathThatSetsOne() throws Exception {
        String uscc = letteredUscc();
        register(uscc, newUsername("code"), uscc.toLowerCase())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("密码不能与本机构的统一社会信用代码相同。"));

        String code = letteredUscc();
        String admin = newUsername("bank");
        organizations.create(operator(), application(OrganizationType.BANK, code, admin));
        long users = count("identity_user");
        addStaff(admin, newUsername("code"), code)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("密码不能与本机构的统一社会信用代码相同。"));
        assertThat(count("identity_user")).isEqualTo(users);

        mvc.perform(post("/api/v1/organization/users/{id}/password", actorOf(admin).userId())
                        .with(as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + code + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("密码不能与本机构的统一社会信用代码相同。"));
        String staff = newUsername("own");
        addStaff(admin, staff, PASSWORD).andExpect(status().isCreated());
        changeOwn(staff, code.toLowerCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不能与本机构的统一社会信用代码相同。")));
    }

    /** A code with letters in it, so that as a password it breaks no rule but being the code. */
    private static String letteredUscc() {
        String digits = String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        return io.kerong.shared.UnifiedSocialCreditCode.assemble("91", "510104", "MA" + digits);
    }

    @Test
    void aPasswordWithATrailingSpaceIsRefused() throws Exception {
        register(newUscc(), newUsername("space"), PASSWORD + " ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("密码的开头和结尾不能有空格。"));
    }

    @Test
    void theDemoPasswordStillPasses() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String username = newUsername("demo");
        addStaff(bank.adminUsername(), username, "Kerong@2026").andExpect(status().isCreated());
        mvc.perform(formLogin().user(username).password("Kerong@2026")).andExpect(redirectedUrl("/home"));
    }

    @Test
    void everyPasswordFormStatesTheRule() throws Exception {
        String rule = "不能是常见密码，也不能与用户名或统一社会信用代码相同";
        mvc.perform(get("/register")).andExpect(content().string(containsString(rule)));
        Opened bank = open(OrganizationType.BANK);
        mvc.perform(get("/account/password").with(as(bank.adminUsername())))
                .andExpect(content().string(containsString(rule)));
        mvc.perform(get("/organization/users").with(as(bank.adminUsername())))
                .andExpect(content().string(containsString("重置的密码同样须符合规则：8–64 个字符")));
        mvc.perform(get("/operator/organizations/new").with(as("admin"))).andExpect(content().string(containsString(rule)));
        mvc.perform(get("/register").param("lang", "en"))
                .andExpect(content().string(containsString("not a common password")));
    }

    private ResultActions register(String uscc, String username, String password) throws Exception {
        String json = """
                {"uscc":"%s","name":"密码规则企业","contactName":"王五","contactPhone":"028-12345678",
                 "contactEmail":"wang@example.com","username":"%s","password":"%s","confirmPassword":"%s"}"""
                .formatted(uscc, username, password, password);
        return mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions addStaff(String admin, String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/organization/users").with(as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","displayName":"员工","phone":"13700000000","email":"s@example.com",
                         "password":"%s","roles":["STAFF"]}""".formatted(username, password)));
    }

    private ResultActions changeOwn(String username, String newPassword) throws Exception {
        return mvc.perform(post("/account/password").with(as(username)).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", newPassword).param("confirmPassword", newPassword));
    }
}
