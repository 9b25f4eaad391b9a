package io.kerong.access;

import static io.kerong.access.AccessFixtures.Who.OPERATOR;
import static io.kerong.access.AccessFixtures.Who.OPERATOR_STAFF;

import java.util.List;

/** The expected outcome of every endpoint for every role. Every new endpoint joins this table. */
final class AccessMatrix {

    private AccessMatrix() {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            // platform
            Endpoint.of("GET", "/").open(),
            Endpoint.of("GET", "/login").open(),
            Endpoint.of("GET", "/home").anyUser(),
            Endpoint.of("ANY", "/error").open(),
            Endpoint.of("GET", "/v3/api-docs").open(),
            Endpoint.of("GET", "/v3/api-docs.yaml").open(),
            Endpoint.of("GET", "/v3/api-docs/swagger-config").open(),
            Endpoint.of("GET", "/swagger-ui.html").open(),

            // audit trail
            Endpoint.of("GET", "/operator/audit").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/audit/verify").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/audit/entries").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/audit/verification").only(OPERATOR, OPERATOR_STAFF),

            // enterprise bulk import and export
            Endpoint.of("GET", "/operator/enterprises/import").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/import").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/enterprises/import/template").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/enterprises/import/{id}/report")
                    .path(f -> "/operator/enterprises/import/0/report")
                    .expect(java.util.Map.of(OPERATOR, Outcome.NOT_FOUND, OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/operator/enterprises/export.xlsx").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/enterprises/export.xlsx").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/enterprises/imports").only(OPERATOR, OPERATOR_STAFF)
    );
}
