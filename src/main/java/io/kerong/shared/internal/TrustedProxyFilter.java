package io.kerong.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a reverse proxy, takes the client's address from {@code X-Forwarded-For} and HTTPS from
 * {@code X-Forwarded-Proto}, but only when the request comes from one of {@code kerong.web.trusted-proxies}; from
 * anyone else the headers are ignored, so a client cannot pick its own address (and escape the log-in throttle) or
 * claim HTTPS. Runs first, so the session cookie ({@code Secure} on HTTPS), HSTS, the rate limit and the log-in
 * throttle all see the real client and scheme. The one place the platform reads forwarded headers
 * ({@code server.forward-headers-strategy} stays {@code none}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxyFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    TrustedProxyFilter(@Value("${kerong.web.trusted-proxies:}") String trustedProxies) {
        this.proxies = TrustedProxies.parse(trustedProxies);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return proxies.isEmpty() || !proxies.contains(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Forwarded(request, client(request), secure(request)), response);
    }

    /** Right to left through X-Forwarded-For, past the trusted proxies: the first address no proxy of ours added. */
    private String client(HttpServletRequest request) {
        List<String> hops = values(request.getHeader("X-Forwarded-For"));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (TrustedProxies.literal(hop) == null) {
                break;
            }
            if (!proxies.contains(hop) || i == 0) {
                return hop;
            }
        }
        return request.getRemoteAddr();
    }

    /** HTTPS only if every proxy says so (a client's own "https" in front of a proxy's "http" does not count). */
    private static boolean secure(HttpServletRequest request) {
        List<String> protocols = values(request.getHeader("X-Forwarded-Proto"));
        return protocols.isEmpty() ? request.isSecure() : protocols.stream().allMatch("https"::equalsIgnoreCase);
    }

    private static List<String> values(String header) {
        return header == null ? List.of()
                : Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String client;
        private final boolean secure;

        Forwarded(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : "http";
        }

        @Override
        public int getServerPort() {
            boolean sameScheme = secure == super.isSecure();
            return sameScheme ? super.getServerPort() : secure ? 443 : 80;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (port != (secure ? 443 : 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
