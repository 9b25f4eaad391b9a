package io.kerong.rating.internal.push;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.Grade;
import io.kerong.rating.PushExclusion;
import io.kerong.rating.RatingModel;
import io.kerong.shared.Refusal;
import io.kerong.shared.Rule;
import io.kerong.shared.Rules;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The push rules (推送规则) as a list of named rules, read in order: an application reaches the push list when it is
 * open, endorsed where the published model requires it, and its enterprise's latest grade is at or above the model's
 * minimum push grade. The first rule that refuses names the reason the enterprise sees.
 */
final class PushRules {

    /** What the rules look at: the application's state and the enterprise's latest grade (null: never rated). */
    record Candidate(boolean withdrawn, EndorsementDecision decision, Grade grade) {
    }

    /** A candidate under the published model's settings. */
    private record UnderModel(RatingModel model, Candidate candidate) {
    }

    // Order matters: the grade rule may only look at a grade once RATED has held.
    private static final Rules<UnderModel> RULES = Rules.of(
            rule("notWithdrawn", c -> !c.candidate().withdrawn(), PushExclusion.WITHDRAWN),
            rule("notRejected", c -> c.candidate().decision() != EndorsementDecision.REJECTED, PushExclusion.REJECTED),
            rule("endorsedWhereRequired", c -> !c.model().endorsementRequired()
                    || c.candidate().decision() == EndorsementDecision.ENDORSED, PushExclusion.NOT_ENDORSED),
            rule("rated", c -> c.candidate().grade() != null, PushExclusion.NOT_RATED),
            rule("atOrAboveMinimum", c -> c.candidate().grade().atLeast(c.model().minimumPushGrade()),
                    PushExclusion.BELOW_MINIMUM));

    private PushRules() {
    }

    /** Empty when the application belongs on the push list, else the first reason it does not. */
    static Optional<PushExclusion> check(RatingModel model, Candidate candidate) {
        return RULES.firstRefusal(new UnderModel(model, candidate)).map(PushRules::exclusion);
    }

    private static Rule<UnderModel> rule(String name, Predicate<UnderModel> holds, PushExclusion exclusion) {
        Refusal refusal = Refusal.of(exclusion.messageKey());
        return Rule.requiring(name, holds, c -> refusal);
    }

    /** The exclusion is stored and listed by its constant; the refusal carries its message key. */
    private static PushExclusion exclusion(Refusal refusal) {
        return Arrays.stream(PushExclusion.values())
                .filter(exclusion -> exclusion.messageKey().equals(refusal.messageKey()))
                .findFirst().orElseThrow();
    }
}
