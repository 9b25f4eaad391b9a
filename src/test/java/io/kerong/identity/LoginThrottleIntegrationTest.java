package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
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
    void wrongPasswordsFromOneAddressSlowOnlyThatAddressTheOwnerElsewhereLogsInAtOnce() throws Exception {
        Opened enterprise = open(OrganizationType.ENTERPRISE);
        String attacker = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(enterprise.adminUsername(), "wrong" + i, attacker).andExpect(redirectedUrl(BAD));
        }
        logIn(enterprise.adminUsername(), PASSWORD, attacker)
                .andExpect(redirectedUrl(BAD)); // inside the attacker's wait: not even checked
        logIn(enterprise.adminUsername(), PASSWORD, newAddress()).andExpect(redirectedUrl("/home"));

        clock.advance(Duration.ofSeconds(4)); // 2 s doubled once: the wait after the fifth failure
        logIn(enterprise.adminUsername(), PASSWORD, attacker).andExpect(redirectedUrl("/home"));
        assertThat(nameRows(enterprise.adminUsername())).as("success forgets that address's failures").isZero();
    }

    @Test
    void anAttackerHittingTheEndOfEveryWaitNeverKeepsTheOwnerAtAnotherAddressOut() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String attacker = newAddress();
        String owner = newAddress();
        for (int i = 0; i < 14; i++) {
            logIn(bank.adminUsername(), "wrong" + i, attacker).andExpect(redirectedUrl(BAD));
            // the owner, right at the moment the attacker's wait began, logs in without waiting
            logIn(bank.adminUsername(), PASSWORD, owner).andExpect(redirectedUrl("/home"));
            clock.advance(waitLeft(bank.adminUsername(), attacker)); // the attacker's next try: the end of the wait
        }
        logIn(bank.adminUsername(), "wrong", attacker).andExpect(redirectedUrl(BAD));
        assertThat(waitOf(bank.adminUsername(), attacker)).as("after 15 failures: the longest wait")
                .isEqualTo(Duration.ofMinutes(5));
        logIn(bank.adminUsername(), PASSWORD, attacker)
                .andExpect(redirectedUrl(BAD)); // the attacker is still slowed: inside its wait nothing is checked
        logIn(bank.adminUsername(), PASSWORD, owner).andExpect(redirectedUrl("/home"));
    }

    @Test
    void attemptsDuringTheWaitDoNotProlongItSoNoOneCanKeepANameShut() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String attacker = newAddress();
        for (int i = 0; i < 4; i++) {
            logIn(bank.adminUsername(), "wrong" + i, attacker).andExpect(redirectedUrl(BAD));
        }
        for (int i = 0; i < 10; i++) {
            logIn(bank.adminUsername(), "again" + i, attacker).andExpect(redirectedUrl(BAD));
        }
        clock.advance(Duration.ofSeconds(2)); // the wait after the fourth failure, not longer
        logIn(bank.adminUsername(), PASSWORD, attacker).andExpect(redirectedUrl("/home"));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64ForTheAddressLimitAndTheNamesWait() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":7:";
        for (int i = 1; i <= 4; i++) {
            logIn(bank.adminUsername(), "wrong" + i, network + ":" + Integer.toHexString(i)).andExpect(redirectedUrl(BAD));
        }
        logIn(bank.adminUsername(), PASSWORD, network + "a:b:c:d")
                .andExpect(redirectedUrl(BAD)); // another address of the same /64 waits too
        for (int i = 0; i < 20; i++) {
            logIn(newUsername("v6"), "x", network + ":" + Integer.toHexString(0x100 + i));
        }
        logIn(bank.adminUsername(), PASSWORD, network + ":ffff").andExpect(redirectedUrl("/login?error=throttled"));
        logIn(bank.adminUsername(), PASSWORD, network.replace(":7:", ":8:") + ":1").andExpect(redirectedUrl("/home"));
    }

    @Test
    void anUnknownNameGetsTheAnswerOfAWrongPasswordAndNothingIsStoredForIt() throws Exception {
        Opened bank = open(OrganizationType.BANK);
        String unknown = newUsername("nobody");
        long rowsBefore = count("identity_login_name_throttle");
        String address = newAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(logIn(unknown, "wrong" + i, address).andReturn().getResponse().getRedirectedUrl());
            answers.add(logIn(bank.adminUsername(), "wrong" + i, address).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(answers).as("unknown name, wrong password and a waiting name all read alike").containsOnly(BAD);
        assertThat(count("identity_login_name_throttle")).as("only the real user has a row").isEqualTo(rowsBefore + 1);
        assertThat(nameRows(bank.adminUsername())).isOne();

        mvc.perform(get(BAD)).andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
    }

    private long nameRows(String username) {
        return jdbc.sql("select count(*) from identity_login_name_throttle t join identity_user u on u.id = t.user_id "
                + "where u.username = ?").param(username).query(Long.class).single();
    }

    /** How long the name still waits for the address, by the test's clock. */
    private Duration waitLeft(String username, String address) {
        Duration left = Duration.between(clock.instant(), waitsUntil(username, address));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Duration waitOf(String username, String address) {
        OffsetDateTime last = jdbc.sql("""
                        select t.last_failure_at from identity_login_name_throttle t join identity_user u on u.id = t.user_id
                        where u.username = ? and t.address = ?""").params(username, address)
                .query(OffsetDateTime.class).single();
        return Duration.between(last.toInstant(), waitsUntil(username, address));
    }

    private Instant waitsUntil(String username, String address) {
        return jdbc.sql("""
                        select t.waits_until from identity_login_name_throttle t join identity_user u on u.id = t.user_id
                        where u.username = ? and t.address = ?""").params(username, address)
                .query(OffsetDateTime.class).single().toInstant();
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

        clock.advance(Duration.ofMinutes(20)); // the configured window
        logIn(victim.adminUsername(), PASSWORD, sprayer).andExpect(redirectedUrl("/home"));
    }

    @Test
    void theLogInPageGivesTheConfiguredWindowAsTheTimeToWait() throws Exception {
        mvc.perform(get("/login?error=throttled"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请 20 分钟后再试")));
        mvc.perform(get("/login?error=throttled").cookie(new jakarta.servlet.http.Cookie("kerong-lang", "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("try again in 20 minutes")));
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
