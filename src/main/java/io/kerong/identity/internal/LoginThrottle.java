package io.kerong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated wrong passwords. Failures are kept in the database, so every
 * application node sees the same count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${kerong.login.max-failures:5}") int maxFailures,
                  @Value("${kerong.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean isLocked(String username) {
        long recent = jdbc.sql("select count(*) from identity_login_failure where lower(username) = lower(?) and occurred_at > ?")
                .params(username, OffsetDateTime.now(clock).minus(window)).query(Long.class).single();
        return recent >= maxFailures;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("insert into identity_login_failure (username, occurred_at) values (?, ?)")
                .params(String.valueOf(event.getAuthentication().getName()).trim(), OffsetDateTime.now(clock)).update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from identity_login_failure where lower(username) = lower(?)")
                .param(event.getAuthentication().getName()).update();
    }
}
