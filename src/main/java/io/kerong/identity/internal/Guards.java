package io.kerong.identity.internal;

import io.kerong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/** The checks every administrative service repeats, kept in one place. */
final class Guards {

    private Guards() {
    }

    static void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw new AccessDeniedException("operator only");
        }
    }

    /**
     * Only a logged-in user of the operator: an operator API token (a department's system) does not pass, so it cannot
     * see other organizations' users or the operator's own tools.
     */
    static void requireOperatorUser(Actor actor) {
        if (!actor.isOperator() || actor.userId() == null) {
            throw new AccessDeniedException("operator user only");
        }
    }

    /** Only a logged-in admin of the organization: API tokens act with STAFF rights and never pass. */
    static void requireAdmin(Actor actor) {
        if (!actor.isOrganizationAdmin() || actor.userId() == null) {
            throw new AccessDeniedException("organization admin only");
        }
    }

    /** Something outside the caller's organization is reported as absent, so its existence does not leak. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
