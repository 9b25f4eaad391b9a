package io.kerong.identity.internal;

import io.kerong.identity.Actor;

/** Any authenticated principal of the platform, whether a logged-in user or an API token. */
public interface ActorPrincipal {

    Actor actor();
}
