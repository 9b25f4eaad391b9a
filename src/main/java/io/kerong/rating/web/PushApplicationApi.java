package io.kerong.rating.web;

import io.kerong.shared.web.ScalarText;
import tools.jackson.databind.annotation.JsonDeserialize;
import io.kerong.identity.Actor;
import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.FinancingApplications;
import io.kerong.rating.FinancingApplications.IndustryCommunity;
import io.kerong.rating.PushApplication;
import io.kerong.rating.PushApplicationForm;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications for the financing push and the industry endorsement (增信融资推送申请 / 产业认定) as JSON. An enterprise
 * sees its own, a community those addressed to it, the operator all; another's record answers 404.
 */
@RestController
@RequestMapping("/api/v1/rating")
@Tag(name = "Financing push 增信融资推送")
class PushApplicationApi {

    private final FinancingApplications applications;

    PushApplicationApi(FinancingApplications applications) {
        this.applications = applications;
    }

    @Schema(description = "An application: the community to endorse it, the project, the financing need in yuan and "
            + "the consent that banks on the platform see the rating report once pushed (must be true). "
            + "enterpriseId only when the operator files for an enterprise.")
    record ApplicationRequest(Long enterpriseId, Long communityId, String project,
                              @Schema(type = "string", example = "3000000.00")
                              @JsonDeserialize(using = ScalarText.class) String amount, String purpose,
                              Boolean consent) {
    }

    @Schema(description = "The community's decision: ENDORSED, or REJECTED with a reason (required)")
    record ReviewRequest(String decision, String reason) {
    }

    @GetMapping("/communities")
    @Operation(summary = "The industry communities (创新创业共同体) an enterprise may ask for endorsement")
    List<IndustryCommunity> communities() {
        return applications.communities();
    }

    @PreAuthorize("hasAnyRole('ENTERPRISE', 'INDUSTRY_COMMUNITY', 'OPERATOR')")
    @GetMapping("/push-applications")
    @Operation(summary = "Applications the caller may see, newest first (enterprise: own; community: addressed; operator: all)")
    List<PushApplication> list(Actor actor) {
        return applications.list(actor);
    }

    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OPERATOR')")
    @PostMapping("/push-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for the financing push (enterprise; the operator for an enterprise that consented offline)")
    PushApplication apply(Actor actor, @RequestBody ApplicationRequest request) {
        AmountText amount = new AmountText("amount", request.amount());
        try {
            return applications.apply(actor, new PushApplicationForm(request.enterpriseId(), request.communityId(),
                    request.project(), amount.value(), request.purpose(), Boolean.TRUE.equals(request.consent())));
        } catch (InvalidInputException e) {
            throw amount.explain(e);
        }
    }

    @PreAuthorize("hasAnyRole('ENTERPRISE', 'INDUSTRY_COMMUNITY', 'OPERATOR')")
    @GetMapping("/push-applications/{id}")
    @Operation(summary = "One application")
    PushApplication get(Actor actor, @PathVariable long id) {
        return applications.find(actor, id);
    }

    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OPERATOR')")
    @PostMapping("/push-applications/{id}/withdrawal")
    @Operation(summary = "Withdraw an open application (the enterprise): its consent ends and it leaves the push list")
    PushApplication withdraw(Actor actor, @PathVariable long id) {
        return applications.withdraw(actor, id);
    }

    @PreAuthorize("hasRole('INDUSTRY_COMMUNITY')")
    @PostMapping("/push-applications/{id}/review")
    @Operation(summary = "Endorse (认定通过) or reject with a reason (the community addressed)")
    PushApplication review(Actor actor, @PathVariable long id, @RequestBody ReviewRequest request, Locale locale) {
        return applications.review(actor, id, decision(request.decision()), request.reason());
    }

    static EndorsementDecision decision(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EndorsementDecision.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of("decision", "ratingpush.review.decisionUnknown", text));
        }
    }
}
