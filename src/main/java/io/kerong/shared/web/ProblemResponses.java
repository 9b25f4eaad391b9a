package io.kerong.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the one problem shape ({@link Problems}) for requests refused before any controller runs — by a servlet
 * filter or by Spring Security — in the caller's language (the platform's locale resolver: Chinese unless English
 * was chosen). Every such refusal goes through here, so filters never build JSON by hand.
 */
@Component
public class ProblemResponses {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ProblemResponses(Problems problems, LocaleResolver locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    /** A refusal with its status and the message under {@code detailKey} (with its arguments) as the detail. */
    public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
                       Object... args) throws IOException {
        write(response, problems.refusal(status, detailKey, args, locales.resolveLocale(request)));
    }

    /** The detail text of a refusal in the caller's language, for pages that show it. */
    public String detail(HttpServletRequest request, String detailKey, Object... args) {
        return problems.text(detailKey, args, locales.resolveLocale(request));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
