package io.kerong.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in session carries the roles its user had when logging in. Changing roles, disabling the user or
 * suspending the organization deletes the user's sessions in the same transaction; this filter is the second line:
 * on every request made in a session it asks the database whether the user still stands as the session says
 * (enabled, organization active, the same roles), and if not, ends the session so that the request goes on as
 * anonymous (the API answers 401, pages ask to log in) and the next log-in picks up the new roles. Ending rather
 * than silently refreshing the roles keeps one rule: a session's rights never change under it.
 */
@Component
class SessionStandingFilter extends OncePerRequestFilter {

    private final Users users;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionStandingFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorUserDetails user
                && !users.standsAs(user.actor())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
        }
        chain.doFilter(request, response);
    }
}
