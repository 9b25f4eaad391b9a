package io.kerong.shared.web;

import io.kerong.shared.Violation;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * A JSON body that does not read becomes the one problem shape naming the refused field and why ({@link JsonInput}),
 * or the body as a whole when it is not JSON at all. Ahead of Boot's generic "Failed to read request".
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonBodyExceptionHandler {

    private final Problems problems;

    JsonBodyExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        Violation violation = e.getCause() instanceof JacksonException json
                ? JsonInput.violation(json).orElseGet(() -> Violation.of("body", "json.malformed"))
                : Violation.of("body", "json.malformed");
        return problems.invalidInput(List.of(violation), locale);
    }
}
