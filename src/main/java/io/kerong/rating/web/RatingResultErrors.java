package io.kerong.rating.web;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.rating.RatingRunInProgressException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A run already going on is a conflict; an enterprise the caller may not know of does not exist. */
@RestControllerAdvice(assignableTypes = RatingResultApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RatingResultErrors {

    private final MessageSource messages;

    RatingResultErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RatingRunInProgressException.class)
    ProblemDetail inProgress(RatingRunInProgressException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("rating.run.inProgress", new Object[] {e.runningId()}, locale));
        problem.setProperty("runningId", e.runningId());
        return problem;
    }

    @ExceptionHandler({EnterpriseNotFoundException.class, EnterpriseAccessDeniedException.class})
    ProblemDetail notFound(Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("rating.result.notFound", null, locale));
    }
}
