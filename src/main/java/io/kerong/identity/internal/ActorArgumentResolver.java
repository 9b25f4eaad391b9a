package io.kerong.identity.internal;

import io.kerong.audit.AuditActor;
import io.kerong.identity.Actor;
import io.kerong.identity.CurrentActor;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller method declare an {@link Actor} parameter: the logged-in user or the calling API token; or an
 * {@link AuditActor}, the same as the audit trail names it (for modules that the identity module itself depends on).
 */
@Configuration(proxyBeanMethods = false)
class ActorArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer, CurrentActor {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == AuditActor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Optional<Actor> actor = current();
        if (actor.isPresent()) {
            return parameter.getParameterType() == AuditActor.class ? actor.get().toAuditActor() : actor.get();
        }
        if (parameter.isOptional()) {
            return null;
        }
        throw new AuthenticationCredentialsNotFoundException("no actor");
    }

    @Override
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
                ? Optional.of(principal.actor()) : Optional.empty();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
