package io.kerong.shared.internal;

import io.kerong.shared.Violation;
import io.kerong.shared.web.ErrorPages;
import io.kerong.shared.web.ProblemResponses;
import io.kerong.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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

    /** What the 400 page (templates/error/400.html) reads. */
    static final String REFUSED_FIELD = "refusedField";
    static final String REFUSED_MESSAGE = "refusedMessage";

    private final Problems problems;
    private final ProblemResponses responses;
    private final ErrorPages pages;
    private final LocaleResolver locales;

    ParameterLimitsFilter(Problems problems, ProblemResponses responses, ErrorPages pages, LocaleResolver locales) {
        this.problems = problems;
        this.responses = responses;
        this.pages = pages;
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
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
            responses.write(response, problems.invalidInput(List.of(refused), locale));
            return;
        }
        // a page: the error page in the site's layout (error/400.html) names the field
        pages.render(request, response, HttpServletResponse.SC_BAD_REQUEST,
                Map.of(REFUSED_FIELD, refused.field(), REFUSED_MESSAGE, problems.message(refused, locale)));
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
