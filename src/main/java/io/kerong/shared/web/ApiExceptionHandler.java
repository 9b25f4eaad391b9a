package io.kerong.shared.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;

/** Turns rejected input into the one problem shape, for every API controller. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, Locale locale) {
        return problems.invalidInput(e.violations(), locale);
    }

    /** A body that does not read: the refused field and why, or the body as a whole when it is not JSON at all. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        Violation violation = e.getCause() instanceof JacksonException json
                ? JsonInput.violation(json).orElseGet(() -> Violation.of("body", "json.malformed"))
                : Violation.of("body", "json.malformed");
        return problems.invalidInput(List.of(violation), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e, Locale locale) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Violation.of(f.getField(), "validation.field", f.getDefaultMessage()))
                .toList();
        return problems.invalidInput(violations, locale);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e) {
        ProblemDetail problem = ProblemDetail.forStatus(e.getStatusCode());
        problem.setDetail(e.getReason() != null ? e.getReason() : HttpStatus.valueOf(e.getStatusCode().value()).getReasonPhrase());
        return problem;
    }
}
