package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import io.kerong.identity.internal.EnterpriseRegistrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Log-in throttling: a name is slowed down but never locked, an address that sprays is refused, no name leaks. */
class LoginThrottleIntegrationTest extends ThrottleIntegrationTest {

    private static final String BAD = "/login?error=bad";

    @Autowired
    EnterpriseRegistrations registrations;

    @Test
    void fiveWrongPasswordsFromOneAddressDoNotLockTheOwnerOutTheRightPasswordFromAnotherSucceedsAfterTheWait()
            throws Exception {
        Opened enterprise = open(OrganizationType.ENTERPRISE);
        String attacker = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(enterprise.adminUsername(), "wrong" + i, attacker).andExpect(redirectedUrl(BAD));
        }
        String owner = newAddress();
        logIn(enterprise.adminUsername(), PASSWORD, owner)
                .andExpect(redirectedUrl(BAD)); // inside the wait: not even checked

        clock.advance(Duration.ofSeconds(4)); // 2 s doubled once: the wait after the fifth failure
        logIn(enterprise.adminUsername(), PASSWORD, owner).andExpect(redirectedUrl("/home"));
        assertThat(jdbc.sql("select count(*) from identity_login_name_throttle t join identity_user u on u.id = t.user_id "
                + "where u.username = ?").param(enterprise.adminUsername()).query(Long.class).single())
                .as("success forgets the name's failures").isZero();
    }

    @Test
    void attemptsDuringTheWaitDoNotProlongItSoOthersCannotKeepANameShut() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String attacker = newAddress();
        for (int i = 0; i < 4; i++) {
            logIn(bank.adminUsername(), "wrong" + i, attacker).andExpect(redirectedUrl(BAD));
        }
        for (int i = 0; i < 10; i++) {
            logIn(bank.adminUsername(), "again" + i, newAddress()).andExpect(redirectedUrl(BAD));
        }
        clock.advance(Duration.ofSeconds(2)); // the wait after the fourth failure, not longer
        logIn(bank.adminUsername(), PASSWORD, newAddress()).andExpect(redirectedUrl("/home"));
    }

    @Test
    void anUnknownNameGetsTheAnswerOfAWrongPasswordAndNothingIsStoredForIt() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String unknown = newUsername("nobody");
        long rowsBefore = count("identity_login_name_throttle");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(logIn(unknown, "wrong" + i, newAddress()).andReturn().getResponse().getRedirectedUrl());
            answers.add(logIn(bank.adminUsername(), "wrong" + i, newAddress()).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(answers).as("unknown name, wrong password and a waiting name all read alike").containsOnly(BAD);
        assertThat(count("identity_login_name_throttle")).as("only the real user has a row").isEqualTo(rowsBefore + 1);
        assertThat(jdbc.sql("select count(*) from identity_login_name_throttle t join identity_user u on u.id = t.user_id "
                + "where u.username = ?").param(bank.adminUsername()).query(Long.class).single()).isOne();

        mvc.perform(get(BAD)).andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
    }

    @Test
    void anAccountNotYetActiveIsToldSoOnlyAfterTheRightPassword() throws Exception {
        String username = newUsername("pending");
        registrations.register(application(OrganizationType.ENTERPRISE, newUscc(), username));
        logIn(username, "wrong-password", newAddress()).andExpect(redirectedUrl(BAD));
        logIn(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aClientSprayingWrongPasswordsOverManyNamesIsRefusedAfterTheAddressLimit() throws Exception {
        Opened victim = open(OrganizationType.BANK);
        String sprayer = newAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(logIn(newUsername("spray" + i), "Kerong@2026", sprayer).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(answers.subList(0, 20)).containsOnly(BAD);
        assertThat(answers.subList(20, 30)).as("beyond 20 failures nothing is checked").containsOnly("/login?error=throttled");
        logIn(victim.adminUsername(), PASSWORD, sprayer).andExpect(redirectedUrl("/login?error=throttled"));
        logIn(victim.adminUsername(), PASSWORD, newAddress()).andExpect(redirectedUrl("/home"));

        clock.advance(Duration.ofMinutes(15));
        logIn(victim.adminUsername(), PASSWORD, sprayer).andExpect(redirectedUrl("/home"));
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnCountButAnUntrustedSenderCannotPickItsAddress()
            throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String client = newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(login(newUsername("fwd"), "x").with(from(PROXY)).header("X-Forwarded-For", client));
        }
        mvc.perform(login(bank.adminUsername(), PASSWORD).with(from(PROXY)).header("X-Forwarded-For", client))
                .andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(login(bank.adminUsername(), PASSWORD).with(from(PROXY)).header("X-Forwarded-For", newAddress()))
                .andExpect(redirectedUrl("/home"));

        String untrusted = newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(login(newUsername("fwd"), "x").with(from(untrusted)).header("X-Forwarded-For", newAddress()));
        }
        // X-Forwarded-For from an untrusted sender is ignored: its own address has used up its failures
        mvc.perform(login(bank.adminUsername(), PASSWORD).with(from(untrusted)).header("X-Forwarded-For", newAddress()))
                .andExpect(redirectedUrl("/login?error=throttled"));
    }
}
