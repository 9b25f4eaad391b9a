package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A caller who may not see enterprise {@code {id}} is refused before the request body is read, so that no work is done
 * on what it sent (and nothing it sent, however odd, changes the answer it gets: 403 or 404, as for any other request).
 */
@ControllerAdvice(assignableTypes = EnterpriseApiController.class)
class AccessBeforeBody extends RequestBodyAdviceAdapter {

    private final EnterpriseRegistry registry;
    private final CurrentActor caller;

    AccessBeforeBody(EnterpriseRegistry registry, CurrentActor caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        String id = enterpriseIdOf(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        if (id != null) {
            caller.current().ifPresent(actor -> registry.accessBasis(actor, parseId(id)));
        }
        return input;
    }

    @SuppressWarnings("unchecked")
    private static String enterpriseIdOf(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get("id") : null;
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1; // the path variable's own conversion answers this one
        }
    }
}
