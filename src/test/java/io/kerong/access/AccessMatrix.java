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

            // identity: the operator's users see log-in throttles, its admins lift them (operator API tokens do neither:
            // LoginThrottleAdministrationIntegrationTest#anOperatorApiTokenNeitherListsNorLiftsThrottlesAndOperatorStaffMayOnlyList)
            Endpoint.of("GET", "/operator/login-throttles").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/login-throttles/users/{userId}/lift").path(f -> "/operator/login-throttles/users/" + f.user(ENTERPRISE_STAFF) + "/lift").only(OPERATOR),
            Endpoint.of("POST", "/operator/login-throttles/addresses/lift").only(OPERATOR),
            Endpoint.of("GET", "/api/v1/login-throttles").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/login-throttles/users/{userId}/lift").path(f -> "/api/v1/login-throttles/users/" + f.user(ENTERPRISE_STAFF) + "/lift").only(OPERATOR),
            Endpoint.of("POST", "/api/v1/login-throttles/addresses/lift").body("{}").only(OPERATOR),

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
            Endpoint.of("POST", "/operator/audit/checkpoints").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/audit/entries").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/audit/verification").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/audit/checkpoints").only(OPERATOR, OPERATOR_STAFF),

            // enterprise bulk import and export
            Endpoint.of("GET", "/operator/enterprises/import").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/enterprises/import").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/enterprises/import/template").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/enterprises/import/{id}/report")
                    .path(f -> "/operator/enterprises/import/0/report")
                    .expect(Map.of(OPERATOR, Outcome.NOT_FOUND, OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/operator/enterprises/export.xlsx").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/enterprises/export.xlsx").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/enterprises/imports").only(OPERATOR, OPERATOR_STAFF),

            // rating: department data batches (operator only, also for departments' systems with an operator token)
            Endpoint.of("GET", "/operator/rating/data").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/data").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/data/{id}/report")
                    .path(f -> "/operator/rating/data/0/report")
                    .expect(Map.of(OPERATOR, Outcome.NOT_FOUND, OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("POST", "/api/v1/rating/data/batches").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/rating/data/batches/{batchKey}").path(f -> "/api/v1/rating/data/batches/ACCESS-TEST")
                    .body("{}").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/data/batches").only(OPERATOR, OPERATOR_STAFF),

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
            Endpoint.of("GET", "/enterprise/high-tech-precheck").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
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
                            OPERATOR_STAFF, Outcome.ALLOWED)),

            // dashboards: each organization type its own home page; the registry figures are the operator's
            Endpoint.of("GET", "/home/enterprise").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("GET", "/home/bank").only(BANK, OTHER_BANK),
            Endpoint.of("GET", "/home/investor").only(INVESTOR),
            Endpoint.of("GET", "/home/university").only(UNIVERSITY),
            Endpoint.of("GET", "/home/service-provider").only(PROVIDER),
            Endpoint.of("GET", "/home/industry-community").only(COMMUNITY),
            Endpoint.of("GET", "/home/operator").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/dashboard/operator").only(OPERATOR, OPERATOR_STAFF),

            // credit-enhancement rating: the what-if calculator and the published model for every user, versions for the operator
            Endpoint.of("POST", "/api/v1/rating/score").body("{\"indicators\": {}}").anyUser(),
            Endpoint.of("GET", "/api/v1/rating/models/current").anyUser(),
            Endpoint.of("GET", "/api/v1/rating/models").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/models/{version}").path(f -> "/api/v1/rating/models/1").only(OPERATOR, OPERATOR_STAFF),

            // rating results: an enterprise's rating for itself, the operator and, as it was pushed, the banks (others 404);
            // rating now for itself and the operator; re-ratings of all enterprises for the operator
            Endpoint.of("GET", "/api/v1/rating/enterprises/{enterpriseId}").path(f -> rating(f, "")).expect(reportReaders()),
            Endpoint.of("GET", "/api/v1/rating/enterprises/{enterpriseId}/history").path(f -> rating(f, "/history")).expect(reportReaders()),
            Endpoint.of("POST", "/api/v1/rating/enterprises/{enterpriseId}/rate").path(f -> rating(f, "/rate")).expect(membersAndOperator()),
            Endpoint.of("POST", "/api/v1/rating/runs").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/runs").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/runs/{runId}").path(f -> "/api/v1/rating/runs/0")
                    .expect(Map.of(OPERATOR, Outcome.NOT_FOUND, OPERATOR_STAFF, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/enterprise/rating").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/rating/rate").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("GET", "/enterprise/rating/what-if").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/rating/what-if").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("GET", "/operator/rating/ratings").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/runs").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/ratings/{enterpriseId}").path(f -> "/operator/rating/ratings/" + f.enterprises.get("enterprise")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/ratings/{enterpriseId}/rate").path(f -> "/operator/rating/ratings/" + f.enterprises.get("enterprise") + "/rate").only(OPERATOR, OPERATOR_STAFF),

            // rating report (等级融资报告): the enterprise's own users and the operator; other organizations only on a
            // ReportGrounds ground: the first enterprise was pushed, so banks see it; everyone else gets 404
            Endpoint.of("GET", "/rating/report").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("GET", "/rating/report/{enterpriseId}").path(f -> report(f, "")).expect(reportReaders()),
            Endpoint.of("GET", "/rating/report/{enterpriseId}.pdf").path(f -> report(f, ".pdf")).expect(reportReaders()),
            Endpoint.of("GET", "/api/v1/rating/enterprises/{enterpriseId}/report.pdf")
                    .path(f -> "/api/v1/rating/enterprises/" + f.enterprises.get("enterprise") + "/report.pdf")
                    .expect(reportReaders()),

            // rating models: the operator edits drafts, compares them with the published model and publishes them
            Endpoint.of("GET", "/operator/rating/models").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/drafts").path(f -> "/operator/rating/models/1/drafts").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/models/{version}").path(f -> "/operator/rating/models/1").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/settings").path(f -> draftPage(f, "/settings")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/knock-outs").path(f -> draftPage(f, "/knock-outs")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/models/{version}/indicators").path(f -> draftPage(f, "/indicators")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/models/{version}/indicators/{code}").path(f -> draftPage(f, "/indicators/TAX_CREDIT_GRADE")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/indicators/{code}").path(f -> draftPage(f, "/indicators/TAX_CREDIT_GRADE")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/indicators/{code}/disable").path(f -> draftPage(f, "/indicators/TAX_CREDIT_GRADE/disable")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/indicators/{code}/enable").path(f -> draftPage(f, "/indicators/TAX_CREDIT_GRADE/enable")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/models/{version}/comparison").path(f -> draftPage(f, "/comparison")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/operator/rating/models/{version}/publish").path(f -> draftPage(f, "/publish")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/operator/rating/models/{version}/publish").path(f -> draftPage(f, "/publish")).only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/rating/models/{version}/drafts").path(f -> "/api/v1/rating/models/1/drafts").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("PUT", "/api/v1/rating/models/drafts/{id}").path(f -> "/api/v1/rating/models/drafts/" + f.draftId)
                    .body("{}").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/models/drafts/{id}/comparison").path(f -> "/api/v1/rating/models/drafts/" + f.draftId + "/comparison").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/rating/models/drafts/{id}/publish").path(f -> "/api/v1/rating/models/drafts/" + f.draftId + "/publish").only(OPERATOR, OPERATOR_STAFF),

            // rating model quality on loan outcomes (operator)
            Endpoint.of("GET", "/operator/rating/quality").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/quality").only(OPERATOR, OPERATOR_STAFF),

            // financing push: the enterprise applies (own applications only), the community addressed endorses, banks
            // see the push list and only their own intents, the operator sees everything and the funnel
            Endpoint.of("GET", "/enterprise/financing-push").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/financing-push").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE),
            Endpoint.of("POST", "/enterprise/financing-push/{id}/withdraw").path(f -> "/enterprise/financing-push/" + f.records.get("pushApplication") + "/withdraw")
                    .expect(Map.of(ENTERPRISE, Outcome.ALLOWED, ENTERPRISE_STAFF, Outcome.ALLOWED, OTHER_ENTERPRISE, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/community/endorsements").only(COMMUNITY),
            Endpoint.of("POST", "/community/endorsements/{id}/review").path(f -> "/community/endorsements/" + f.records.get("pushApplication") + "/review").only(COMMUNITY),
            Endpoint.of("GET", "/bank/push-list").only(BANK, OTHER_BANK, OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/bank/push-list/{enterpriseId}/intent").path(f -> "/bank/push-list/" + f.enterprises.get("enterprise") + "/intent").only(BANK, OTHER_BANK),
            Endpoint.of("POST", "/bank/push-list/intents/{id}/withdraw").path(f -> "/bank/push-list/intents/" + f.records.get("creditIntent") + "/withdraw")
                    .expect(Map.of(BANK, Outcome.ALLOWED, OTHER_BANK, Outcome.NOT_FOUND)),
            Endpoint.of("GET", "/operator/rating/funnel").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/communities").anyUser(),
            Endpoint.of("GET", "/api/v1/rating/push-applications").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE, COMMUNITY, OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/rating/push-applications").body("{}").only(ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE, OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/push-applications/{id}").path(f -> "/api/v1/rating/push-applications/" + f.records.get("pushApplication"))
                    .expect(Map.of(ENTERPRISE, Outcome.ALLOWED, ENTERPRISE_STAFF, Outcome.ALLOWED, OTHER_ENTERPRISE, Outcome.NOT_FOUND,
                            COMMUNITY, Outcome.ALLOWED, OPERATOR, Outcome.ALLOWED, OPERATOR_STAFF, Outcome.ALLOWED)),
            Endpoint.of("POST", "/api/v1/rating/push-applications/{id}/withdrawal").path(f -> "/api/v1/rating/push-applications/" + f.records.get("pushApplication") + "/withdrawal")
                    .expect(Map.of(ENTERPRISE, Outcome.ALLOWED, ENTERPRISE_STAFF, Outcome.ALLOWED, OTHER_ENTERPRISE, Outcome.NOT_FOUND,
                            OPERATOR, Outcome.ALLOWED, OPERATOR_STAFF, Outcome.ALLOWED)),
            Endpoint.of("POST", "/api/v1/rating/push-applications/{id}/review").path(f -> "/api/v1/rating/push-applications/" + f.records.get("pushApplication") + "/review")
                    .body("{\"decision\":\"ENDORSED\"}").only(COMMUNITY),
            Endpoint.of("GET", "/api/v1/rating/push-list").only(BANK, OTHER_BANK, OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/funnel").only(OPERATOR, OPERATOR_STAFF),
            Endpoint.of("GET", "/api/v1/rating/credit-intents").only(BANK, OTHER_BANK, ENTERPRISE, ENTERPRISE_STAFF, OTHER_ENTERPRISE, OPERATOR, OPERATOR_STAFF),
            Endpoint.of("POST", "/api/v1/rating/credit-intents").body("{\"amount\":\"1000\"}").only(BANK, OTHER_BANK),
            Endpoint.of("GET", "/api/v1/rating/credit-intents/{id}").path(f -> "/api/v1/rating/credit-intents/" + f.records.get("creditIntent"))
                    .expect(Map.of(BANK, Outcome.ALLOWED, OTHER_BANK, Outcome.NOT_FOUND, ENTERPRISE, Outcome.ALLOWED,
                            ENTERPRISE_STAFF, Outcome.ALLOWED, OTHER_ENTERPRISE, Outcome.NOT_FOUND, OPERATOR, Outcome.ALLOWED,
                            OPERATOR_STAFF, Outcome.ALLOWED)),
            Endpoint.of("PUT", "/api/v1/rating/credit-intents/{id}").path(f -> "/api/v1/rating/credit-intents/" + f.records.get("creditIntent"))
                    .body("{\"amount\":\"2500000\"}").expect(Map.of(BANK, Outcome.ALLOWED, OTHER_BANK, Outcome.NOT_FOUND)),
            Endpoint.of("POST", "/api/v1/rating/credit-intents/{id}/withdrawal").path(f -> "/api/v1/rating/credit-intents/" + f.records.get("creditIntent") + "/withdrawal")
                    .expect(Map.of(BANK, Outcome.ALLOWED, OTHER_BANK, Outcome.NOT_FOUND))
    );

    private static String draftPage(AccessFixtures f, String suffix) {
        return "/operator/rating/models/" + f.draftVersion + suffix;
    }

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

    /** The enterprise's members, the operator, and the banks it was pushed to; everyone else is told 404. */
    private static Map<Who, Outcome> reportReaders() {
        Map<Who, Outcome> map = membersAndOperator();
        map.put(BANK, Outcome.ALLOWED);
        map.put(OTHER_BANK, Outcome.ALLOWED);
        return map;
    }

    private static String report(AccessFixtures f, String suffix) {
        return "/rating/report/" + f.enterprises.get("enterprise") + suffix;
    }

    private static String registry(AccessFixtures f, String suffix) {
        return "/operator/enterprises/" + f.enterprises.get("enterprise") + suffix;
    }

    private static String rating(AccessFixtures f, String suffix) {
        return "/api/v1/rating/enterprises/" + f.enterprises.get("enterprise") + suffix;
    }

    private static String api(AccessFixtures f, String suffix) {
        return "/api/v1/enterprises/" + f.enterprises.get("enterprise") + suffix;
    }
}
