package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The registry's refusals as problem JSON in the caller's language: 404 for unknown records, 403 with the reason. */
@RestControllerAdvice(assignableTypes = EnterpriseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnterpriseApiErrors {

    private final MessageSource messages;

    EnterpriseApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(EnterpriseNotFoundException.class)
    ProblemDetail notFound(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("enterprise.notFound", null, locale));
    }

    @ExceptionHandler(EnterpriseAccessDeniedException.class)
    ProblemDetail denied(EnterpriseAccessDeniedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage(e.messageKey(), null, locale));
        problem.setProperty("reason", e.messageKey());
        return problem;
    }
}
