package io.kerong.identity;

import java.util.Optional;

/**
 * Who is calling in the request being handled: the logged-in user or the calling API token. For the few places that
 * must know the caller before a controller method runs (an access check ahead of reading a request body); controllers
 * declare an {@link Actor} parameter instead.
 */
public interface CurrentActor {

    Optional<Actor> current();
}
