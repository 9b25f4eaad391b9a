package io.kerong.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Set-up of the tests of log-in throttling and transport security: a clock the tests move on, the default limits
 * spelt out (but for the address window: 20 minutes instead of 15, so that what the pages say is seen to follow the
 * setting), and one trusted proxy network. Each test logs in from addresses of its own, so tests do not throttle
 * each other.
 */
@SpringBootTest(properties = {"kerong.login.name.free-failures=3", "kerong.login.name.first-wait=2s",
        "kerong.login.name.longest-wait=5m", "kerong.login.address.max-failures=20", "kerong.login.address.window=20m",
        "kerong.rate-limit.per-minute=60", "kerong.web.trusted-proxies=10.99.0.0/16, fd00:99::/32"})
@Import(ThrottleIntegrationTest.Clocks.class)
abstract class ThrottleIntegrationTest extends IdentityIntegrationTest {

    /** A proxy inside the trusted network. */
    static final String PROXY = "10.99.0.5";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    MovableClock clock;

    /** A fresh public-looking address no other test uses. */
    static String newAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + r.nextInt(18, 20) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The log-in form posted from the address; the result is a redirect to /home or to /login?error=…. */
    ResultActions logIn(String username, String password, String address) throws Exception {
        return mvc.perform(login(username, password).with(from(address)));
    }

    static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }
}
