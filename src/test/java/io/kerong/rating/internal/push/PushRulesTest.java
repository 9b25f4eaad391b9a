package io.kerong.rating.internal.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.Grade;
import io.kerong.rating.PushExclusion;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModelFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The push rules, case by case, for a model that requires the endorsement and one that does not. */
class PushRulesTest {

    @ParameterizedTest(name = "min {0}, endorsement required {1}, withdrawn {2}, decision {3}, grade {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            // at or above the minimum, endorsed: on the list
            "C, true,  false, ENDORSED, A, -",
            "C, true,  false, ENDORSED, C, -",
            "B, true,  false, ENDORSED, B, -",
            // below the minimum
            "C, true,  false, ENDORSED, D, BELOW_MINIMUM",
            "B, true,  false, ENDORSED, C, BELOW_MINIMUM",
            "A, true,  false, ENDORSED, B, BELOW_MINIMUM",
            // the endorsement, where the model requires it
            "C, true,  false, -,        A, NOT_ENDORSED",
            "C, false, false, -,        A, -",
            "C, false, false, -,        D, BELOW_MINIMUM",
            // a rejection or a withdrawal closes the application whatever the model
            "C, false, false, REJECTED, A, REJECTED",
            "C, true,  true,  ENDORSED, A, WITHDRAWN",
            "C, true,  true,  REJECTED, A, WITHDRAWN",
            // no rating yet
            "C, true,  false, ENDORSED, -, NOT_RATED",
            "C, true,  false, -,        -, NOT_ENDORSED"})
    void theFirstFailingRuleNamesTheReason(Grade minimum, boolean endorsementRequired, boolean withdrawn,
                                           EndorsementDecision decision, Grade grade, PushExclusion expected) {
        RatingModel base = RatingModelFixture.small();
        RatingModel model = new RatingModel(base.id(), base.version(), base.status(), base.name(), base.indicators(),
                base.dimensionMax(), base.grades(), base.knockOuts(), minimum, endorsementRequired, null);

        assertThat(PushRules.check(model, new PushRules.Candidate(withdrawn, decision, grade)))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }
}
