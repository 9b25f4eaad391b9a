package io.kerong.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} calls that carry {@code Authorization: Bearer <token>} as the token's organization.
 * A wrong, revoked or expired token is refused outright rather than treated as anonymous, and counts as a failure of
 * the caller's address in the {@link LoginThrottle}: an address that has failed too often is refused (429) before any
 * token is looked at, so the API is no oracle for guessing tokens.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final LoginThrottle throttle;

    ApiTokenAuthenticationFilter(ApiTokens tokens, LoginThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesBearer(request) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (throttle.addressRefused(address)) {
            ApiErrors.write(response, 429, "too many failed attempts from this address, try again later");
            return;
        }
        String secret = request.getHeader("Authorization").substring("Bearer ".length()).trim();
        var actor = tokens.authenticate(secret);
        if (actor.isEmpty()) {
            throttle.addressFailed(address);
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid or revoked API token");
            return;
        }
        var authentication = new TokenAuthentication(new TokenPrincipal(actor.get()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    record TokenPrincipal(io.kerong.identity.Actor actor) implements ActorPrincipal {
    }

    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final TokenPrincipal principal;

        TokenAuthentication(TokenPrincipal principal) {
            super(ActorUserDetails.authoritiesOf(principal.actor()));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.actor().username();
        }
    }
}
