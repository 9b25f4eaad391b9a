package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.internal.LoginThrottleView;
import io.kerong.identity.internal.LoginThrottles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The log-in throttles over the API, for the operator: list them and lift one (audited). */
@RestController
@RequestMapping("/api/v1/login-throttles")
@PreAuthorize("hasRole('OPERATOR')")
class LoginThrottleApi {

    private final LoginThrottles throttles;

    LoginThrottleApi(LoginThrottles throttles) {
        this.throttles = throttles;
    }

    /** The address whose throttle to lift. */
    record AddressToLift(String address) {
    }

    @GetMapping
    LoginThrottleView list(Actor actor) {
        return throttles.list(actor);
    }

    @PostMapping("/users/{userId}/lift")
    ResponseEntity<Void> liftName(Actor actor, @PathVariable long userId) {
        throttles.liftName(actor, userId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/addresses/lift")
    ResponseEntity<Void> liftAddress(Actor actor, @RequestBody AddressToLift body) {
        throttles.liftAddress(actor, body.address());
        return ResponseEntity.noContent().build();
    }
}
