package io.kerong.identity.web;

import io.kerong.identity.Actor;
import io.kerong.identity.internal.CreatedToken;
import io.kerong.identity.internal.TokenAdministration;
import io.kerong.identity.internal.TokenView;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organization's API tokens over the API, for its admins only: a token cannot mint more tokens. */
@RestController
@RequestMapping("/api/v1/organization/tokens")
@PreAuthorize("hasRole('ORG_ADMIN')")
class TokenApi {

    private final TokenAdministration tokens;

    TokenApi(TokenAdministration tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name) {
    }

    @GetMapping
    List<TokenView> list(Actor actor) {
        return tokens.list(actor);
    }

    /** The response holds the secret; it is not retrievable later. */
    @PostMapping
    ResponseEntity<CreatedToken> create(Actor actor, @RequestBody NewToken body) {
        CreatedToken created = tokens.create(actor, body.name());
        return ResponseEntity.created(URI.create("/api/v1/organization/tokens/" + created.token().id())).body(created);
    }

    @PostMapping("/{id}/revoke")
    TokenView revoke(Actor actor, @PathVariable long id) {
        return tokens.revoke(actor, id);
    }
}
