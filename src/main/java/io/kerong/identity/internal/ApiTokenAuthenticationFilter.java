package io.kerong.identity.internal;

import io.kerong.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} calls that carry {@code Authorization: Bearer <token>} as the token's organization.
 * A wrong, revoked or expired token is refused outright rather than treated as anonymous, and counts as a failure of
 * the caller's address in the {@link LoginThrottle}; once the address has failed too often its bad tokens are refused
 * with 429, so guessing gets nowhere. A valid token always works: a department's system behind the same address (or
 * IPv6 /64) as a guesser is not shut out. Refusals are the platform's problem shape, in the caller's language.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final LoginThrottles throttles;
    private final ProblemResponses problems;

    ApiTokenAuthenticationFilter(ApiTokens tokens, LoginThrottle throttle, LoginThrottles throttles,
                                 ProblemResponses problems) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.throttles = throttles;
        this.problems = problems;
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
        String secret = request.getHeader("Authorization").substring("Bearer ".length()).trim();
        var actor = tokens.authenticate(secret);
        if (actor.isEmpty()) {
            refuse(request, response);
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

    /** A bad token: refused for an address over its limit (and not counted further), else counted and refused. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getRemoteAddr();
        if (throttle.addressRefused(address)) {
            problems.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "identity.token.address-refused",
                    throttles.refusalMinutes());
            return;
        }
        throttle.addressFailed(address);
        problems.refuse(request, response, HttpStatus.UNAUTHORIZED, "identity.token.invalid");
    }

    record TokenPrincipal(io.kerong.identity.Actor actor) implements ActorPrincipal {
    }

    static final class TokenAuthentication extends AbstractAuthenticationToken {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
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
