package io.kerong.rating.web;

import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.rating.internal.report.ReportNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A report the caller may not see, or of no enterprise, is 404: a page that says so, or a problem for the API. */
final class ReportErrors {

    private ReportErrors() {
    }

    @ControllerAdvice(assignableTypes = RatingReportPageController.class)
    static class Pages {

        @ExceptionHandler({ReportNotFoundException.class, EnterpriseNotFoundException.class})
        String notFound(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "rating/report-unavailable";
        }
    }

    @RestControllerAdvice(assignableTypes = RatingReportApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api {

        private final MessageSource messages;

        Api(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(ReportNotFoundException.class)
        ProblemDetail notFound(Locale locale) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    messages.getMessage("ratingreport.notFound", null, locale));
        }
    }
}
