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

import io.kerong.access.AccessFixtures.Who;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

            // tech-SME evaluation: public calculators
            Endpoint.of("GET", "/evaluation/calculator").open(),
            Endpoint.of("POST", "/api/v1/evaluations/tech-sme").body("{}").open(),
            Endpoint.of("POST", "/api/v1/evaluations/high-tech-precheck").body("{}").open(),

            // identity: registration and own account
            Endpoint.of("GET", "/register").open(),
            Endpoint.of("POST", "/register").open(),
            Endpoint.of("POST", "/api/v1/registrations").body("{}").open(),
            Endpoint.of("GET", "/account/password").anyUser(),
            Endpoint.of("POST", "/account/password").anyUser(),

            // identity: the operator manages organizations
            Endpoint.of("GET", "/operator/organizations").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/organizations/new").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/organizations/new").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/organizations/{id}/approve").path(f -> "/operator/organizations/" + f.org("enterprise2") + "/approve").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/organizations/{id}/reject").path(f -> "/operator/organizations/" + f.org("enterprise2") + "/reject").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/organizations/{id}/suspend").path(f -> "/operator/organizations/" + f.org("bank2") + "/suspend").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/organizations/{id}/reactivate").path(f -> "/operator/organizations/" + f.org("bank2") + "/reactivate").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/organizations").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/organizations").body("{}").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/organizations/{id}").path(f -> "/api/v1/organizations/" + f.org("enterprise")).expect(membersAndOperator()),
            Endpoint.of("POST", "/api/v1/organizations/{id}/approve").path(f -> "/api/v1/organizations/" + f.org("enterprise2") + "/approve").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/organizations/{id}/reject").path(f -> "/api/v1/organizations/" + f.org("enterprise2") + "/reject").body("{}").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/organizations/{id}/suspend").path(f -> "/api/v1/organizations/" + f.org("bank2") + "/suspend").body("{}").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/organizations/{id}/reactivate").path(f -> "/api/v1/organizations/" + f.org("bank2") + "/reactivate").only(OPERATOR, OPERATOR_STAFF),

            // identity: organization admins manage their own staff and API tokens
            Endpoint.of("GET", "/organization/users").admins(),
            Endpoint.of("POST", "/organization/users").admins(),
            Endpoint.of("POST", "/organization/users/{id}/disable").path(f -> "/organization/users/" + f.user(ENTERPRISE_STAFF) + "/disable").ownAdminOnly(),
            Endpoint.of("POST", "/organization/users/{id}/enable").path(f -> "/organization/users/" + f.user(ENTERPRISE_STAFF) + "/enable").ownAdminOnly(),
            Endpoint.of("POST", "/organization/users/{id}/roles").path(f -> "/organization/users/" + f.user(ENTERPRISE_STAFF) + "/roles").ownAdminOnly(),
            Endpoint.of("POST", "/organization/users/{id}/password").path(f -> "/organization/users/" + f.user(ENTERPRISE_STAFF) + "/password").ownAdminOnly(),
            Endpoint.of("GET", "/api/v1/organization/users").admins(),
            Endpoint.of("POST", "/api/v1/organization/users").body("{}").admins(),
            Endpoint.of("GET", "/api/v1/organization/users/{id}").path(f -> "/api/v1/organization/users/" + f.user(ENTERPRISE_STAFF)).ownAdminOnly(),
            Endpoint.of("POST", "/api/v1/organization/users/{id}/disable").path(f -> "/api/v1/organization/users/" + f.user(ENTERPRISE_STAFF) + "/disable").ownAdminOnly(),
            Endpoint.of("POST", "/api/v1/organization/users/{id}/enable").path(f -> "/api/v1/organization/users/" + f.user(ENTERPRISE_STAFF) + "/enable").ownAdminOnly(),
            Endpoint.of("POST", "/api/v1/organization/users/{id}/password").path(f -> "/api/v1/organization/users/" + f.user(ENTERPRISE_STAFF) + "/password").body("{}").ownAdminOnly(),
            Endpoint.of("PUT", "/api/v1/organization/users/{id}/roles").path(f -> "/api/v1/organization/users/" + f.user(ENTERPRISE_STAFF) + "/roles").body("{}").ownAdminOnly(),
            Endpoint.of("GET", "/organization/tokens").admins(),
            Endpoint.of("POST", "/organization/tokens").admins(),
            Endpoint.of("POST", "/organization/tokens/{id}/revoke").path(f -> "/organization/tokens/" + f.enterpriseToken + "/revoke").ownAdminOnly(),
            Endpoint.of("GET", "/api/v1/organization/tokens").admins(),
            Endpoint.of("POST", "/api/v1/organization/tokens").body("{}").admins(),
            Endpoint.of("POST", "/api/v1/organization/tokens/{id}/revoke").path(f -> "/api/v1/organization/tokens/" + f.enterpriseToken + "/revoke").ownAdminOnly(),

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

    /** Members of the enterprise and the operator; everyone else is told the record does not exist. */
    private static Map<Who, Outcome> membersAndOperator() {
        Map<Who, Outcome> map = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            map.put(who, Outcome.NOT_FOUND);
        }
        map.put(ENTERPRISE, Outcome.ALLOWED);
        map.put(ENTERPRISE_STAFF, Outcome.ALLOWED);
        map.put(OPERATOR, Outcome.ALLOWED);
        map.put(OPERATOR_STAFF, Outcome.ALLOWED);
        return map;
    }
}
