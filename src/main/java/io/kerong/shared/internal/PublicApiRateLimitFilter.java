package io.kerong.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.kerong.shared.ClientAddress;
import io.kerong.shared.web.ErrorPages;
import io.kerong.shared.web.ProblemResponses;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client may post to what needs no log-in — the public calculators, and self-registration both
 * as a page ({@code /register}) and over the API — so that they cannot be used to load the platform or to flood the
 * operator with registrations. Each path has its own budget per client address (the address a trusted proxy forwarded,
 * see {@link TrustedProxyFilter}; an IPv6 client by its /64, see {@link ClientAddress}). Counts are kept per node: behind a load balancer the effective limit is the per-node
 * limit times the number of nodes, which is good enough against abuse. Reading a page (GET) is not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicApiRateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** What the 429 page (templates/error/429.html) reads the seconds to wait from. */
    static final String RETRY_AFTER = "retryAfterSeconds";

    private final RateLimiter limiter;
    private final String[] prefixes;
    private final ProblemResponses problems;
    private final ErrorPages pages;

    PublicApiRateLimitFilter(Clock clock, ProblemResponses problems, ErrorPages pages,
                             @Value("${kerong.rate-limit.per-minute:60}") int perMinute,
                             @Value("${kerong.rate-limit.paths:/api/v1/evaluations/,/api/v1/registrations,/register}")
                             String[] prefixes) {
        this.limiter = new RateLimiter(clock, perMinute, 100_000);
        this.prefixes = prefixes;
        this.problems = problems;
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || limitedPrefix(request) == null;
    }

    private String limitedPrefix(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitSeconds = limiter.tryAcquire(ClientAddress.key(request.getRemoteAddr()) + " " + limitedPrefix(request));
        if (waitSeconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "ratelimit.exceeded", waitSeconds);
            return;
        }
        // a page: the error page in the site's layout (error/429.html) says how long to wait
        pages.render(request, response, 429, Map.of(RETRY_AFTER, waitSeconds));
    }
}
