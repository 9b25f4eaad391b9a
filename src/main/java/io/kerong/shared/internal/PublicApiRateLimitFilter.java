package io.kerong.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client may call the endpoints that need no log-in (the public calculators and self-registration),
 * so that they cannot be used to load the platform. Counts are kept per node: behind a load balancer the effective limit
 * is the per-node limit times the number of nodes, which is good enough against abuse.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final String[] prefixes;

    PublicApiRateLimitFilter(Clock clock,
                             @Value("${kerong.rate-limit.per-minute:60}") int perMinute,
                             @Value("${kerong.rate-limit.paths:/api/v1/evaluations/,/api/v1/registrations}") String[] prefixes) {
        this.limiter = new RateLimiter(clock, perMinute, 100_000);
        this.prefixes = prefixes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitSeconds = limiter.tryAcquire(request.getRemoteAddr());
        if (waitSeconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"请求过于频繁，请 " + waitSeconds + " 秒后再试 (too many requests, retry in " + waitSeconds + " s)\"}");
    }
}
