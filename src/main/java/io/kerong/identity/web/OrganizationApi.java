package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.Organization;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.internal.NewOrganization;
import io.kerong.identity.internal.OrganizationAdministration;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organizations over the API: the operator manages them all; a member may read their own organization. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

    private final OrganizationAdministration administration;

    OrganizationApi(OrganizationAdministration administration) {
        this.administration = administration;
    }

    /** Why the operator suspends or rejects. */
    record Reason(String reason) {
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<Organization> list(Actor actor, @RequestParam(required = false) OrganizationType type,
                            @RequestParam(required = false) OrganizationStatus status) {
        return administration.list(actor, type, status);
    }

    @GetMapping("/{id}")
    Organization find(Actor actor, @PathVariable long id) {
        return administration.find(actor, id);
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Organization> create(Actor actor, @RequestBody NewOrganization input) {
        long id = administration.create(actor, input);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id)).body(administration.find(actor, id));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('OPERATOR')")
    Organization approve(Actor actor, @PathVariable long id) {
        return administration.approve(actor, id);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('OPERATOR')")
    Organization reject(Actor actor, @PathVariable long id, @RequestBody(required = false) Reason body) {
        return administration.reject(actor, id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasRole('OPERATOR')")
    Organization suspend(Actor actor, @PathVariable long id, @RequestBody(required = false) Reason body) {
        return administration.suspend(actor, id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasRole('OPERATOR')")
    Organization reactivate(Actor actor, @PathVariable long id) {
        return administration.reactivate(actor, id);
    }
}
