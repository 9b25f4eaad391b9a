package io.kerong.rating.internal.push;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may do what in the financing push: the checks every service here repeats. */
@Component
class Callers {

    private final EnterprisePlaces places;

    Callers(EnterprisePlaces places) {
        this.places = places;
    }

    /** Organizations of other types are refused (403). */
    static void require(Actor actor, OrganizationType... allowed) {
        if (Arrays.stream(allowed).noneMatch(actor::is)) {
            throw new AccessDeniedException("financing push: not for " + actor.organizationType());
        }
    }

    /** A record outside the caller's reach is reported as absent, so its existence does not leak (404). */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The registry id of the calling enterprise; 404 when its organization has no registry record. */
    long enterpriseOf(Actor actor) {
        return places.enterpriseOf(actor.organizationId()).orElseThrow(Callers::notFound);
    }
}
