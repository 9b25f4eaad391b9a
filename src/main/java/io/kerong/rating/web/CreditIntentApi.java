package io.kerong.rating.web;

import io.kerong.shared.web.ScalarText;
import tools.jackson.databind.annotation.JsonDeserialize;
import io.kerong.identity.Actor;
import io.kerong.rating.CreditIntent;
import io.kerong.rating.CreditIntents;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit intents (授信意向) as JSON: a bank marks, changes and withdraws its own and sees only its own; an enterprise
 * sees those addressed to it; the operator sees all.
 */
@RestController
@RequestMapping("/api/v1/rating/credit-intents")
@Tag(name = "Financing push 增信融资推送")
class CreditIntentApi {

    private final CreditIntents intents;

    CreditIntentApi(CreditIntents intents) {
        this.intents = intents;
    }

    @Schema(description = "An intent: the enterprise on the push list (only when marking), the amount in yuan "
            + "(positive, at most two decimals) and a note")
    record IntentRequest(Long enterpriseId, @Schema(type = "string", example = "2000000.00")
                         @JsonDeserialize(using = ScalarText.class) String amount,
                         String note) {
    }

    @PreAuthorize("hasAnyRole('BANK', 'ENTERPRISE', 'OPERATOR')")
    @GetMapping
    @Operation(summary = "Intents the caller may see, newest first, withdrawn ones included")
    List<CreditIntent> list(Actor actor) {
        return intents.list(actor);
    }

    @PreAuthorize("hasRole('BANK')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mark the calling bank's intent on an enterprise on the push list")
    CreditIntent mark(Actor actor, @RequestBody IntentRequest request) {
        AmountText amount = new AmountText("amount", request.amount());
        if (request.enterpriseId() == null) {
            throw amount.explain(new InvalidInputException(Violation.of("enterpriseId", "ratingpush.required")));
        }
        try {
            return intents.mark(actor, request.enterpriseId(), amount.value(), request.note());
        } catch (InvalidInputException e) {
            throw amount.explain(e);
        }
    }

    @PreAuthorize("hasAnyRole('BANK', 'ENTERPRISE', 'OPERATOR')")
    @GetMapping("/{id}")
    @Operation(summary = "One intent")
    CreditIntent get(Actor actor, @PathVariable long id) {
        return intents.find(actor, id);
    }

    @PreAuthorize("hasRole('BANK')")
    @PutMapping("/{id}")
    @Operation(summary = "Change the amount and note of the calling bank's standing intent")
    CreditIntent update(Actor actor, @PathVariable long id, @RequestBody IntentRequest request) {
        AmountText amount = new AmountText("amount", request.amount());
        try {
            return intents.update(actor, id, amount.value(), request.note());
        } catch (InvalidInputException e) {
            throw amount.explain(e);
        }
    }

    @PreAuthorize("hasRole('BANK')")
    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw the calling bank's intent (the record stays)")
    CreditIntent withdraw(Actor actor, @PathVariable long id) {
        return intents.withdraw(actor, id);
    }
}
