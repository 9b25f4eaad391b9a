package io.kerong.access;

import static io.kerong.access.AccessFixtures.Who.BANK;
import static io.kerong.access.AccessFixtures.Who.COMMUNITY;
import static io.kerong.access.AccessFixtures.Who.ENTERPRISE;
import static io.kerong.access.AccessFixtures.Who.ENTERPRISE_STAFF;
import static io.kerong.access.AccessFixtures.Who.INVESTOR;
import static io.kerong.access.AccessFixtures.Who.OPERATOR;
import static io.kerong.access.AccessFixtures.Who.OPERATOR_STAFF;
import static io.kerong.access.AccessFixtures.Who.OTHER_BANK;
import static io.kerong.access.AccessFixtures.Who.OTHER_ENTERPRISE;
import static io.kerong.access.AccessFixtures.Who.PROVIDER;
import static io.kerong.access.AccessFixtures.Who.UNIVERSITY;

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

            // dashboards: each organization type its own home page; the registry figures are the operator's
            Endpoint.of("GET", "/home/enterprise").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("GET", "/home/bank").only(BANK, OTHER_BANK),
            Endpoint.of("GET", "/home/investor").only(INVESTOR),
            Endpoint.of("GET", "/home/university").only(UNIVERSITY),
            Endpoint.of("GET", "/home/service-provider").only(PROVIDER),
            Endpoint.of("GET", "/home/industry-community").only(COMMUNITY),
            Endpoint.of("GET", "/home/operator").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/dashboard/operator").only(OPERATOR, OPERATOR_STAFF)
    );
}
