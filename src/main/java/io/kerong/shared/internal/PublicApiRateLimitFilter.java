package io.kerong.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Limits how often one client may post to what needs no log-in — the public calculators, and self-registration both
 * as a page ({@code /register}) and over the API — so that they cannot be used to load the platform or to flood the
 * operator with registrations. Each path has its own budget per client address (the address a trusted proxy forwarded,
 * see {@link TrustedProxyFilter}). Counts are kept per node: behind a load balancer the effective limit is the per-node
 * limit times the number of nodes, which is good enough against abuse. Reading a page (GET) is not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicApiRateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final RateLimiter limiter;
    private final String[] prefixes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    PublicApiRateLimitFilter(Clock clock, MessageSource messages, LocaleResolver locales,
                             @Value("${kerong.rate-limit.per-minute:60}") int perMinute,
                             @Value("${kerong.rate-limit.paths:/api/v1/evaluations/,/api/v1/registrations,/register}")
                             String[] prefixes) {
        this.limiter = new RateLimiter(clock, perMinute, 100_000);
        this.prefixes = prefixes;
        this.messages = messages;
        this.locales = locales;
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
        long waitSeconds = limiter.tryAcquire(request.getRemoteAddr() + " " + limitedPrefix(request));
        if (waitSeconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage("ratelimit.exceeded", new Object[] {waitSeconds}, locale);
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(429, detail);
            return;
        }
        response.setStatus(429);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"" + detail + "\"}");
    }
}
