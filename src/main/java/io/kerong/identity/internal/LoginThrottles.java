package io.kerong.identity.internal;

import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.shared.ClientAddress;
import io.kerong.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 登录限制 for the operator: who is being slowed down or refused, and lifting it (recorded in the audit trail). */
@Service
public class LoginThrottles {

    /** Lifting finds a row however old it is. */
    private static final OffsetDateTime EVER = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final int addressMaxFailures;
    private final Duration addressWindow;
    private final Duration forgetAfter;

    LoginThrottles(JdbcClient jdbc, Clock clock, AuditTrail audit,
                   @Value("${kerong.login.address.max-failures:20}") int addressMaxFailures,
                   @Value("${kerong.login.address.window:15m}") Duration addressWindow,
                   @Value("${kerong.login.name.forget-after:1h}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.addressMaxFailures = addressMaxFailures;
        this.addressWindow = addressWindow;
        this.forgetAfter = forgetAfter;
    }

    /** Whole minutes (at least one) an address that used up its failures is refused: what the pages tell. */
    public long refusalMinutes() {
        return Math.max(1, (addressWindow.toSeconds() + 59) / 60);
    }

    /** The names with failures not yet forgotten and the addresses with failures in their window, latest first. */
    @Transactional(readOnly = true)
    public LoginThrottleView list(Actor actor) {
        Guards.requireOperatorUser(actor);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new LoginThrottleView(names(now, now.minus(forgetAfter), null),
                addresses(now, now.minus(addressWindow), null));
    }

    /** Lifts the name's waits from every address at once (one audit entry lists them). */
    @Transactional
    public void liftName(Actor actor, long userId) {
        requireOperatorAdmin(actor);
        List<LoginThrottleView.Name> before = names(OffsetDateTime.now(clock), EVER, userId);
        if (before.isEmpty()) {
            throw Guards.notFound();
        }
        jdbc.sql("delete from identity_login_name_throttle where user_id = ?").param(userId).update();
        Long organization = jdbc.sql("select organization_id from identity_user where id = ?").param(userId)
                .query(Long.class).single();
        audit.record(new AuditRecord(actor.toAuditActor(), "identity.login-throttle", "user:" + userId, organization,
                "login-throttle.lifted", before, null));
    }

    @Transactional
    public void liftAddress(Actor actor, String address) {
        requireOperatorAdmin(actor);
        Checks checks = new Checks();
        String typed = checks.required("address", address, 64);
        checks.throwIfAny();
        String value = ClientAddress.key(typed); // as counted: an IPv6 address lifts its /64
        LoginThrottleView.Address before = addresses(OffsetDateTime.now(clock), EVER, value).stream().findFirst()
                .orElseThrow(Guards::notFound);
        jdbc.sql("delete from identity_login_address_throttle where address = ?").param(value).update();
        audit.record(new AuditRecord(actor.toAuditActor(), "identity.login-throttle", "address:" + value, null,
                "login-throttle.lifted", before, null));
    }

    /**
     * Lifting is for a logged-in admin of the operator: an operator API token (a department's system) acts as staff
     * and neither lifts nor, see {@link Guards#requireOperatorUser}, lists.
     */
    private static void requireOperatorAdmin(Actor actor) {
        Guards.requireOperatorUser(actor);
        Guards.requireAdmin(actor);
    }

    private List<LoginThrottleView.Name> names(OffsetDateTime now, OffsetDateTime since, Long userId) {
        return jdbc.sql("""
                        select t.user_id, u.username, o.name as org_name, t.address, t.failures, t.last_failure_at,
                               t.waits_until
                        from identity_login_name_throttle t join identity_user u on u.id = t.user_id
                             join identity_organization o on o.id = u.organization_id
                        where t.last_failure_at > ? and (cast(? as bigint) is null or t.user_id = ?)
                        order by t.last_failure_at desc limit 500""")
                .params(since, userId, userId)
                .query((rs, i) -> {
                    OffsetDateTime waitsUntil = Timestamps.read(rs, "waits_until");
                    return new LoginThrottleView.Name(rs.getLong("user_id"), rs.getString("username"),
                            rs.getString("org_name"), rs.getString("address"), rs.getInt("failures"),
                            Timestamps.read(rs, "last_failure_at"), waitsUntil, waitsUntil.isAfter(now));
                }).list();
    }

    private List<LoginThrottleView.Address> addresses(OffsetDateTime now, OffsetDateTime since, String address) {
        return jdbc.sql("""
                        select address, failures, window_started_at from identity_login_address_throttle
                        where window_started_at > ? and (cast(? as text) is null or address = ?)
                        order by failures desc, window_started_at desc limit 500""")
                .params(since, address, address)
                .query((rs, i) -> {
                    OffsetDateTime started = Timestamps.read(rs, "window_started_at");
                    return new LoginThrottleView.Address(rs.getString("address"), rs.getInt("failures"), started,
                            started.plus(addressWindow),
                            rs.getInt("failures") >= addressMaxFailures && started.plus(addressWindow).isAfter(now));
                }).list();
    }
}
