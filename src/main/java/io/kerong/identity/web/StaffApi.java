package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.UserRole;
import io.kerong.identity.internal.NewUser;
import io.kerong.identity.internal.StaffAdministration;
import io.kerong.identity.internal.UserView;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organization's own users over the API, for its admins only (API tokens are refused). */
@RestController
@RequestMapping("/api/v1/organization/users")
@PreAuthorize("hasRole('ORG_ADMIN')")
class StaffApi {

    private final StaffAdministration staff;

    StaffApi(StaffAdministration staff) {
        this.staff = staff;
    }

    record Roles(Set<UserRole> roles) {
    }

    record Password(String password) {
    }

    @GetMapping
    List<UserView> list(Actor actor) {
        return staff.list(actor);
    }

    @GetMapping("/{id}")
    UserView find(Actor actor, @PathVariable long id) {
        return staff.find(actor, id);
    }

    @PostMapping
    ResponseEntity<UserView> add(Actor actor, @RequestBody NewUser input) {
        UserView user = staff.add(actor, input);
        return ResponseEntity.created(URI.create("/api/v1/organization/users/" + user.id())).body(user);
    }

    @PostMapping("/{id}/enable")
    UserView enable(Actor actor, @PathVariable long id) {
        return staff.setEnabled(actor, id, true);
    }

    @PostMapping("/{id}/disable")
    UserView disable(Actor actor, @PathVariable long id) {
        return staff.setEnabled(actor, id, false);
    }

    @PutMapping("/{id}/roles")
    UserView roles(Actor actor, @PathVariable long id, @RequestBody Roles body) {
        return staff.changeRoles(actor, id, body.roles() == null ? Set.of() : body.roles());
    }

    @PostMapping("/{id}/password")
    ResponseEntity<Void> resetPassword(Actor actor, @PathVariable long id, @RequestBody Password body) {
        staff.resetPassword(actor, id, body.password());
        return ResponseEntity.noContent().build();
    }
}
