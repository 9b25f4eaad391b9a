package io.kerong.access;

import io.kerong.access.AccessFixtures.Who;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One row of the matrix: an endpoint as the handler mapping names it ({@code GET /api/v1/enterprises/{id}}), how to
 * call it (concrete path, body) and what each user — and an anonymous caller — gets.
 */
record Endpoint(String method, String pattern, Function<AccessFixtures, String> path, String body,
                Outcome anonymous, Map<Who, Outcome> expected) {

    String key() {
        return method + " " + pattern;
    }

    boolean isApi() {
        return pattern.startsWith("/api/");
    }

    static Builder of(String method, String pattern) {
        return new Builder(method, pattern);
    }

    static final class Builder {
        private final String method;
        private final String pattern;
        private Function<AccessFixtures, String> path;
        private String body;

        Builder(String method, String pattern) {
            this.method = method;
            this.pattern = pattern;
            this.path = f -> pattern;
        }

        Builder path(Function<AccessFixtures, String> path) {
            this.path = path;
            return this;
        }

        Builder body(String json) {
            this.body = json;
            return this;
        }

        /** Anyone, logged in or not. */
        Endpoint open() {
            return build(Outcome.ALLOWED, all(Outcome.ALLOWED));
        }

        /** Any logged-in user. */
        Endpoint anyUser() {
            return build(Outcome.LOGIN, all(Outcome.ALLOWED));
        }

        /** Only the given users; every other logged-in user is refused. */
        Endpoint only(Who... allowed) {
            Map<Who, Outcome> map = all(Outcome.FORBIDDEN);
            for (Who who : allowed) {
                map.put(who, Outcome.ALLOWED);
            }
            return build(Outcome.LOGIN, map);
        }

        /** Explicit outcomes; users not named are refused. */
        Endpoint expect(Map<Who, Outcome> outcomes) {
            Map<Who, Outcome> map = all(Outcome.FORBIDDEN);
            map.putAll(outcomes);
            return build(Outcome.LOGIN, map);
        }

        private Endpoint build(Outcome anonymous, Map<Who, Outcome> expected) {
            return new Endpoint(method, pattern, path, body, anonymous, expected);
        }

        private static Map<Who, Outcome> all(Outcome outcome) {
            Map<Who, Outcome> map = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                map.put(who, outcome);
            }
            return map;
        }
    }
}
