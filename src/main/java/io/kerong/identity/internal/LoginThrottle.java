package io.kerong.identity.internal;

import io.kerong.shared.ClientAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles log-ins by user name and by client address together, with the state in PostgreSQL so every node agrees.
 * A name gets a growing wait ({@link LoginDelays}) per client address and is never locked: wrong passwords from one
 * address slow only that address's attempts at the name, so nobody can keep the owner out from elsewhere. An address
 * that fails too often (password spraying over many names) is refused for the rest of its window. Addresses are
 * counted by {@link ClientAddress#key} (an IPv6 client by its /64). Only real users get a name row: nothing is stored
 * about names that do not exist.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginDelays delays;
    private final int addressMaxFailures;
    private final Duration addressWindow;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${kerong.login.name.free-failures:3}") int freeFailures,
                  @Value("${kerong.login.name.first-wait:2s}") Duration firstWait,
                  @Value("${kerong.login.name.longest-wait:5m}") Duration longestWait,
                  @Value("${kerong.login.name.forget-after:1h}") Duration forgetAfter,
                  @Value("${kerong.login.address.max-failures:20}") int addressMaxFailures,
                  @Value("${kerong.login.address.window:15m}") Duration addressWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.delays = new LoginDelays(freeFailures, firstWait, longestWait, forgetAfter);
        this.addressMaxFailures = addressMaxFailures;
        this.addressWindow = addressWindow;
    }

    /** Whether the address has used up its failures in the current window: nothing from it is checked. */
    boolean addressRefused(String address) {
        return jdbc.sql("""
                        select count(*) from identity_login_address_throttle
                        where address = ? and failures >= ? and window_started_at > ?""")
                .params(ClientAddress.key(address), addressMaxFailures, now().minus(addressWindow)).query(Long.class).single() > 0;
    }

    /** Whether the name (of a real user) still waits, for this address, after the address's last failure at it. */
    boolean nameWaiting(String username, String address) {
        return jdbc.sql("""
                        select count(*) from identity_login_name_throttle t join identity_user u on u.id = t.user_id
                        where lower(u.username) = lower(?) and t.address = ? and t.waits_until > ?""")
                .params(username.trim(), ClientAddress.key(address), now()).query(Long.class).single() > 0;
    }

    /** A failed attempt from the address that was not a checked password (a bad API token, a waiting name). */
    @Transactional
    public void addressFailed(String client) {
        String address = ClientAddress.key(client);
        OffsetDateTime now = now();
        OffsetDateTime windowStart = now.minus(addressWindow);
        jdbc.sql("delete from identity_login_address_throttle where window_started_at <= ? and address <> ?")
                .params(windowStart, address).update();
        jdbc.sql("""
                        insert into identity_login_address_throttle as t (address, failures, window_started_at)
                        values (:address, 1, :now)
                        on conflict (address) do update set
                            failures = case when t.window_started_at <= :windowStart then 1 else t.failures + 1 end,
                            window_started_at = case when t.window_started_at <= :windowStart then :now
                                                     else t.window_started_at end""")
                .param("address", address).param("now", now).param("windowStart", windowStart).update();
    }

    /** A wrong password for the name: counts against the address and, if the user exists, the name at that address. */
    @Transactional
    public void passwordFailed(String username, String client) {
        addressFailed(client);
        String address = ClientAddress.key(client);
        OffsetDateTime now = now();
        // the upsert's row lock orders concurrent failures of one name, so each sees the count it made
        jdbc.sql("""
                        insert into identity_login_name_throttle as t (user_id, address, failures, last_failure_at, waits_until)
                        select id, :address, 1, :now, :now from identity_user where lower(username) = lower(:name)
                        on conflict (user_id, address) do update set
                            failures = case when t.last_failure_at <= :forgetBefore then 1 else t.failures + 1 end,
                            last_failure_at = excluded.last_failure_at
                        returning user_id, failures""")
                .param("now", now).param("address", address).param("name", username.trim())
                .param("forgetBefore", now.minus(delays.forgetAfter()))
                .query((rs, i) -> new long[] {rs.getLong("user_id"), rs.getInt("failures")})
                .optional()
                .ifPresent(row -> jdbc.sql("""
                                update identity_login_name_throttle set waits_until = ? where user_id = ? and address = ?""")
                        .params(now.plus(delays.waitAfter((int) row[1])), row[0], address).update());
    }

    /** The right password: the name's failures from this address are forgotten (other addresses' waits stay). */
    void succeeded(String username, String client) {
        jdbc.sql("""
                        delete from identity_login_name_throttle
                        where user_id = (select id from identity_user where lower(username) = lower(?)) and address = ?""")
                .params(username.trim(), ClientAddress.key(client)).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
