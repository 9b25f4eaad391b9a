package io.kerong.rating.web;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An enterprise the caller may not know of, or none at all, shown as a page that says so (404). */
@ControllerAdvice(assignableTypes = {EnterpriseRatingController.class, OperatorRatingController.class})
class RatingPageErrors {

    @ExceptionHandler({EnterpriseNotFoundException.class, EnterpriseAccessDeniedException.class})
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("messageKey", "rating.result.notFound");
        return "enterprise/unavailable";
    }
}
