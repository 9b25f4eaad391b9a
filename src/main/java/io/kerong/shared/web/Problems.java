package io.kerong.shared.web;

import io.kerong.shared.Violation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds the API's one error shape: an RFC 9457 problem with an {@code errors} list of field, message (row, value). */
@Component
public class Problems {

    public static final URI INVALID_INPUT = URI.create("https://kerong.io/problems/invalid-input");
    public static final URI CONFLICT = URI.create("https://kerong.io/problems/conflict");

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail invalidInput(List<Violation> violations, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.invalid-input", new Object[] {violations.size()}, locale));
        problem.setType(INVALID_INPUT);
        problem.setTitle(messages.getMessage("problem.invalid-input.title", null, locale));
        problem.setProperty("errors", violations.stream().map(v -> render(v, locale)).toList());
        return problem;
    }

    /** 409: the input conflicts with what is stored now; {@code errors} says with what. */
    public ProblemDetail conflict(List<Violation> violations, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("problem.conflict", new Object[] {violations.size()}, locale));
        problem.setType(CONFLICT);
        problem.setTitle(messages.getMessage("problem.conflict.title", null, locale));
        problem.setProperty("errors", violations.stream().map(v -> render(v, locale)).toList());
        return problem;
    }

    /**
     * A request refused as a whole (401, 403, 429, ...): the type names the status, the detail is the message under
     * {@code detailKey}. The same shape as {@link #invalidInput}, without a field list.
     */
    public ProblemDetail refusal(HttpStatus status, String detailKey, Object[] args, Locale locale) {
        String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, args, locale));
        problem.setType(URI.create("https://kerong.io/problems/" + slug));
        problem.setTitle(messages.getMessage("problem." + slug + ".title", null, status.getReasonPhrase(), locale));
        return problem;
    }

    public String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    public String message(Violation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
    }

    private Map<String, Object> render(Violation v, Locale locale) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", v.field());
        error.put("message", message(v, locale));
        if (v.row() != null) {
            error.put("row", v.row());
        }
        if (v.value() != null) {
            error.put("value", v.value());
        }
        return error;
    }
}
