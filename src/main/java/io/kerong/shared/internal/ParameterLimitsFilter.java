package io.kerong.shared.internal;

import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before any controller reads them, request parameters (query and form fields, for pages and the API alike)
 * that contain a NUL character, which PostgreSQL cannot store, or are longer than {@link #MAX_LENGTH} characters, so
 * that no form reader ever parses or stores such a value. The API gets the usual problem naming the field; a page gets
 * a 400 page naming it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ParameterLimitsFilter extends OncePerRequestFilter {

    /** Longer than any text field of the platform (the longest, a reason or a note, allows 1,000 characters). */
    static final int MAX_LENGTH = 20_000;

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ParameterLimitsFilter(Problems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Violation refused = refused(request.getParameterMap());
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
            ProblemDetail problem = problems.invalidInput(List.of(refused), locale);
            response.setContentType("application/problem+json");
            response.getWriter().write(json.writeValueAsString(problem));
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html><body><h1>400</h1><p class=\"field-error\" data-field=\""
                    + HtmlUtils.htmlEscape(refused.field()) + "\">" + HtmlUtils.htmlEscape(refused.field()) + ": "
                    + HtmlUtils.htmlEscape(problems.message(refused, locale)) + "</p></body></html>");
        }
    }

    static Violation refused(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.indexOf('\u0000') >= 0) {
                return Violation.of(shown(name), "text.nul");
            }
            if (name.length() > 200) {
                return Violation.of(shown(name), "text.tooLong", 200);
            }
            for (String value : parameter.getValue()) {
                if (value == null) {
                    continue;
                }
                if (value.indexOf('\u0000') >= 0) {
                    return Violation.of(name, "text.nul");
                }
                if (value.length() > MAX_LENGTH) {
                    return Violation.of(name, "text.tooLong", MAX_LENGTH);
                }
            }
        }
        return null;
    }

    private static String shown(String name) {
        String clean = name.replace('\u0000', '\uFFFD');
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
