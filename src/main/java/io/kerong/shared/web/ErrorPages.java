package io.kerong.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders an error page of {@code templates/error/} in the site's layout and the caller's language for a request
 * that a servlet filter refuses before Spring MVC sees it (so no error dispatch, and no Whitelabel page, is involved).
 */
@Component
public class ErrorPages {

    private final ThymeleafViewResolver views;
    private final LocaleResolver locales;

    public ErrorPages(ThymeleafViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    /** Writes {@code templates/error/<status>.html} with the given model as the response. */
    public void render(HttpServletRequest request, HttpServletResponse response, int status, Map<String, ?> model)
            throws ServletException, IOException {
        // what DispatcherServlet would have exposed, so that the page resolves the user's language as every page does
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            View view = views.resolveViewName("error/" + status, locale);
            view.render(model, request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException("error page " + status, e);
        }
    }
}
