package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A record the caller may not see, or no record at all, shown as a page that says so (403 / 404). */
@ControllerAdvice(assignableTypes = {EnterpriseProfileController.class, OperatorEnterpriseController.class,
        OperatorRegistryController.class})
class EnterprisePageErrors {

    @ExceptionHandler(EnterpriseNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("messageKey", "enterprise.notFound");
        return "enterprise/unavailable";
    }

    @ExceptionHandler(EnterpriseAccessDeniedException.class)
    String denied(EnterpriseAccessDeniedException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("messageKey", e.messageKey());
        return "enterprise/unavailable";
    }
}
