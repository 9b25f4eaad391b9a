package io.kerong.identity.internal;

import io.kerong.shared.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Pages use form log-in with a session kept in PostgreSQL; the API also takes an organization's
 * bearer token. Finer rules (which organization's data) live in the modules, next to the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pages and endpoints anyone may open, logged in or not. */
    static final String[] PUBLIC_PATHS = {"/", "/login", "/register", "/register/**", "/evaluation/calculator",
            "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html"};

    /** Public calculators (rate-limited per client) and enterprise self-registration: POST without log-in or CSRF. */
    static final String[] PUBLIC_API = {"/api/v1/evaluations/**", "/api/v1/registrations"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
                                            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                            SessionStandingFilter standingFilter, ProblemResponses problems)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // A bearer token is only ever read on the API (ApiTokenAuthenticationFilter), so only there may it stand in
        // for the CSRF token; on a page the header is just a header, and a form post without CSRF token is refused.
        RequestMatcher bearerOnApi = request -> api.matches(request) && ApiTokenAuthenticationFilter.carriesBearer(request);
        http.authenticationManager(new ProviderManager(new ThrottledLogin(users, encoder, throttle)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API).permitAll()
                        .requestMatchers("/actuator/**").hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", true)
                        .failureHandler(failureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearerOnApi).ignoringRequestMatchers(PUBLIC_API))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; "
                                + "form-action 'self'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((req, res, e) -> problems.refuse(req, res,
                                HttpStatus.UNAUTHORIZED, "problem.unauthorized"), api)
                        .defaultAccessDeniedHandlerFor((req, res, e) -> problems.refuse(req, res,
                                HttpStatus.FORBIDDEN, "problem.forbidden"), api))
                .addFilterBefore(tokenFilter, UsernamePasswordAuthenticationFilter.class)
                // after the CSRF check, which reads its token from the session this filter may end
                .addFilterAfter(standingFilter, CsrfFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and it can read other hash formats should the default change
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof ThrottledLogin.LoginThrottledException ? "throttled"
                    : exception instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
