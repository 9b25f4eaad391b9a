package io.kerong.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, the same wherever the platform runs: HttpOnly, SameSite=Lax, and Secure exactly when the request
 * came over HTTPS — directly, or from a trusted proxy that says so ({@code kerong.web.trusted-proxies}). Declared here
 * rather than through {@code server.servlet.session.cookie.*}, which Spring Session applies only under an embedded
 * server and would otherwise take its flags from the servlet container's defaults.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    DefaultCookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // useSecureCookie left unset: Secure follows request.isSecure()
        return cookie;
    }
}
