package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.identity.internal.EnterpriseRegistrations;
import io.kerong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class OrganizationReviewIntegrationTest extends IdentityIntegrationTest {

    @Autowired
    EnterpriseRegistrations registrations;

    @Autowired
    ApplicationEvents events;

    @Test
    void pendingEnterpriseCannotLogInUntilTheOperatorApprovesIt() throws Exception {
        String username = newUsername("pending");
        long id = registrations.register(application(OrganizationType.ENTERPRISE, newUscc(), username));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));

        mvc.perform(post("/operator/organizations/{id}/approve", id).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/operator/organizations"));

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
        assertThat(events.stream(OrganizationStatusChanged.class)).containsExactly(new OrganizationStatusChanged(id,
                OrganizationType.ENTERPRISE, OrganizationStatus.PENDING, OrganizationStatus.ACTIVE, null));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_org_id = ? and action = 'organization.approved'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectionNeedsAReasonAndThenKeepsTheEnterpriseOut() throws Exception {
        String username = newUsername("rejected");
        long id = registrations.register(application(OrganizationType.ENTERPRISE, newUscc(), username));
        mvc.perform(post("/api/v1/organizations/{id}/reject", id).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/organizations/{id}/reject", id).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"营业执照与名称不符\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/v1/organizations/{id}/approve", id).with(as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("该机构当前状态为“已驳回”，不能执行此操作。"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(events.stream(OrganizationStatusChanged.class)).containsExactly(new OrganizationStatusChanged(id,
                OrganizationType.ENTERPRISE, OrganizationStatus.PENDING, OrganizationStatus.REJECTED, "营业执照与名称不符"));
    }

    @Test
    void pendingRegistrationsAreListedFirst() throws Exception {
        open(OrganizationType.BANK);
        String name = "待审核企业" + newUsername("x");
        var application = application(OrganizationType.ENTERPRISE, newUscc(), newUsername("first"));
        registrations.register(new io.kerong.identity.internal.NewOrganization(application.type(), application.uscc(),
                name, "赵六", "13900000000", "zhao@example.com", application.username(), PASSWORD, PASSWORD));
        open(OrganizationType.INVESTOR);
        var list = organizations.list(operator(), null, null);
        assertThat(list.getFirst().status()).isEqualTo(OrganizationStatus.PENDING);
        assertThat(list.stream().dropWhile(o -> o.status() == OrganizationStatus.PENDING))
                .noneMatch(o -> o.status() == OrganizationStatus.PENDING);
        mvc.perform(get("/operator/organizations").param("status", "PENDING").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void operatorOpensABankThatIsActiveAtOnce() throws Exception {
        String username = newUsername("bank");
        String uscc = newUscc();
        mvc.perform(post("/operator/organizations/new").with(as("admin")).with(csrf())
                        .param("type", "BANK").param("name", "成都银行高新支行").param("uscc", uscc)
                        .param("contactName", "钱七").param("contactPhone", "028-85000000")
                        .param("contactEmail", "qian@example.com").param("username", username)
                        .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/operator/organizations"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
        assertThat(actorOf(username).organizationType()).isEqualTo(OrganizationType.BANK);
        assertThat(events.stream(OrganizationRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OrganizationType.BANK));
    }

    @Test
    void operatorCreationShowsEveryMistakeBesideItsField() throws Exception {
        long before = count("identity_organization");
        mvc.perform(post("/operator/organizations/new").with(as("admin")).with(csrf())
                        .param("type", "UNIVERSITY").param("name", "某大学").param("uscc", "12510000450717000X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"某大学\"")));
        assertThat(count("identity_organization")).isEqualTo(before);
    }

    @Test
    void suspendedOrganizationCannotLogInAndComesBackWhenReactivated() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        mvc.perform(post("/api/v1/organizations/{id}/suspend", bank.id()).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"合作协议到期\"}"))
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(formLogin().user(bank.adminUsername()).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
        mvc.perform(post("/api/v1/organizations/{id}/reactivate", bank.id()).with(as("admin")).with(csrf()))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(formLogin().user(bank.adminUsername()).password(PASSWORD)).andExpect(redirectedUrl("/home"));
    }

    @Test
    void operatorCannotSuspendItsOwnOrganization() {
        Actor operator = operator();
        assertThatThrownBy(() -> organizations.suspend(operator, operator.organizationId(), "test"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyTheOperatorManagesOrganizations() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        mvc.perform(get("/api/v1/organizations").with(as(bank.adminUsername()))).andExpect(status().isForbidden());
        mvc.perform(get("/operator/organizations").with(as(bank.adminUsername()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organizations/{id}/approve", bank.id()).with(as(bank.adminUsername())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersReadTheirOwnOrganizationAndNoOtherExists() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        Opened investor = open(OrganizationType.INVESTOR);
        mvc.perform(get("/api/v1/organizations/{id}", bank.id()).with(as(bank.adminUsername())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("BANK"));
        mvc.perform(get("/api/v1/organizations/{id}", investor.id()).with(as(bank.adminUsername())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/{id}", investor.id()).with(as("admin"))).andExpect(status().isOk());
    }
}
