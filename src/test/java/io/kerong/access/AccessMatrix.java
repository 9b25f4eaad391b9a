package io.kerong.access;

import static io.kerong.access.AccessFixtures.Who.ENTERPRISE;
import static io.kerong.access.AccessFixtures.Who.ENTERPRISE_STAFF;
import static io.kerong.access.AccessFixtures.Who.OPERATOR;
import static io.kerong.access.AccessFixtures.Who.OPERATOR_STAFF;
import static io.kerong.access.AccessFixtures.Who.OTHER_ENTERPRISE;

import java.util.List;
import java.util.Map;

/** The expected outcome of every endpoint for every role. Every new endpoint joins this table. */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /** The first enterprise's record: its own users and the operator see it, the other enterprise is told 404. */
    private static final Map<AccessFixtures.Who, Outcome> OWN_OR_OPERATOR = Map.of(ENTERPRISE, Outcome.ALLOWED,
            ENTERPRISE_STAFF, Outcome.ALLOWED, OTHER_ENTERPRISE, Outcome.NOT_FOUND, OPERATOR, Outcome.ALLOWED,
            OPERATOR_STAFF, Outcome.ALLOWED);

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

            // audit trail
            Endpoint.of("GET", "/operator/audit").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/audit/verify").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/audit/entries").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/audit/verification").only(OPERATOR, OPERATOR_STAFF),

            // enterprise registry: the enterprise's own pages
            Endpoint.of("GET", "/enterprise/profile").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/profile/basic").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/profile/figures").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/profile/ip").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/profile/qualifications").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/profile/qualifications/{qualificationId}/delete")
                    .path(f -> "/enterprise/profile/qualifications/999999999/delete")
                    .expect(Map.of(ENTERPRISE, Outcome.NOT_FOUND, ENTERPRISE_STAFF, Outcome.NOT_FOUND,
                            OTHER_ENTERPRISE, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/enterprise/evaluation").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/evaluation").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),

            // enterprise registry: the operator's pages
            Endpoint.of("GET", "/operator/enterprises").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/enterprises/{id}").path(f -> registry(f, "")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/{id}/basic").path(f -> registry(f, "/basic")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/{id}/figures").path(f -> registry(f, "/figures")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/{id}/ip").path(f -> registry(f, "/ip")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/{id}/qualifications").path(f -> registry(f, "/qualifications")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/{id}/qualifications/{qualificationId}/delete")
                    .path(f -> registry(f, "/qualifications/999999999/delete"))
                    .expect(Map.of(OPERATOR, Outcome.NOT_FOUND, OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("POST", "/operator/enterprises/{id}/support-list").path(f -> registry(f, "/support-list")).only(OPERATOR, OPERATOR_STAFF),

            // enterprise registry API: own record for the enterprise, everything for the operator
            Endpoint.of("GET", "/api/v1/enterprises").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/enterprises/me").expect(Map.of(ENTERPRISE, Outcome.ALLOWED,
                    ENTERPRISE_STAFF, Outcome.ALLOWED, OTHER_ENTERPRISE, Outcome.ALLOWED,
                    OPERATOR, Outcome.NOT_FOUND, OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/api/v1/enterprises/{id}").path(f -> api(f, "")).expect(OWN_OR_OPERATOR),
            Endpoint.of("PUT", "/api/v1/enterprises/{id}/profile").path(f -> api(f, "/profile"))
                    .body("{\"name\":\"矩阵测试甲科技有限公司\",\"divisionCode\":\"510107\"}").expect(OWN_OR_OPERATOR),
            Endpoint.of("PUT", "/api/v1/enterprises/{id}/figures/{year}").path(f -> api(f, "/figures/2024"))
                    .body("{\"revenue\":1000}").expect(OWN_OR_OPERATOR),
            Endpoint.of("PUT", "/api/v1/enterprises/{id}/ip").path(f -> api(f, "/ip"))
                    .body("{\"INVENTION_PATENT\":1}").expect(OWN_OR_OPERATOR),
            Endpoint.of("POST", "/api/v1/enterprises/{id}/qualifications").path(f -> api(f, "/qualifications"))
                    .body("{\"kind\":\"TECH_SME\",\"validFrom\":\"2024-01-01\"}").expect(OWN_OR_OPERATOR),
            Endpoint.of("DELETE", "/api/v1/enterprises/{id}/qualifications/{qualificationId}")
                    .path(f -> api(f, "/qualifications/999999999"))
                    .expect(Map.of(ENTERPRISE, Outcome.NOT_FOUND, ENTERPRISE_STAFF, Outcome.NOT_FOUND,
                            OTHER_ENTERPRISE, Outcome.NOT_FOUND, OPERATOR, Outcome.NOT_FOUND,
                            OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("POST", "/api/v1/enterprises/{id}/support-list").path(f -> api(f, "/support-list"))
                    .body("{\"action\":\"ADD\",\"reason\":\"矩阵测试\"}")
                    .expect(Map.of(OTHER_ENTERPRISE, Outcome.NOT_FOUND, OPERATOR, Outcome.ALLOWED,
                            OPERATOR_STAFF, Outcome.ALLOWED))
    );

    private static String registry(AccessFixtures f, String suffix) {
        return "/operator/enterprises/" + f.enterprises.get("enterprise") + suffix;
    }

    private static String api(AccessFixtures f, String suffix) {
        return "/api/v1/enterprises/" + f.enterprises.get("enterprise") + suffix;
    }
}
