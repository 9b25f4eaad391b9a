package io.kerong.rating.internal.push;

import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.Grade;
import io.kerong.rating.PushExclusion;
import io.kerong.rating.RatingModel;
import java.util.List;
import java.util.Optional;

/**
 * The push rules (推送规则) as a list of named checks, read in order: an application reaches the push list when it is
 * open, endorsed where the published model requires it, and its enterprise's latest grade is at or above the model's
 * minimum push grade. The first check that fails names the reason the enterprise sees.
 */
final class PushRules {

    /** What the rules look at: the application's state and the enterprise's latest grade (null: never rated). */
    record Candidate(boolean withdrawn, EndorsementDecision decision, Grade grade) {
    }

    private interface Rule {
        Optional<PushExclusion> check(RatingModel model, Candidate candidate);
    }

    private static final Rule NOT_WITHDRAWN = (model, c) -> fails(c.withdrawn(), PushExclusion.WITHDRAWN);
    private static final Rule NOT_REJECTED = (model, c) ->
            fails(c.decision() == EndorsementDecision.REJECTED, PushExclusion.REJECTED);
    private static final Rule ENDORSED_WHERE_REQUIRED = (model, c) ->
            fails(model.endorsementRequired() && c.decision() != EndorsementDecision.ENDORSED,
                    PushExclusion.NOT_ENDORSED);
    private static final Rule RATED = (model, c) -> fails(c.grade() == null, PushExclusion.NOT_RATED);
    private static final Rule AT_OR_ABOVE_MINIMUM = (model, c) ->
            fails(!c.grade().atLeast(model.minimumPushGrade()), PushExclusion.BELOW_MINIMUM);

    private static final List<Rule> RULES = List.of(NOT_WITHDRAWN, NOT_REJECTED, ENDORSED_WHERE_REQUIRED, RATED,
            AT_OR_ABOVE_MINIMUM);

    private PushRules() {
    }

    /** Empty when the application belongs on the push list, else the first reason it does not. */
    static Optional<PushExclusion> check(RatingModel model, Candidate candidate) {
        for (Rule rule : RULES) {
            Optional<PushExclusion> failed = rule.check(model, candidate);
            if (failed.isPresent()) {
                return failed;
            }
        }
        return Optional.empty();
    }

    private static Optional<PushExclusion> fails(boolean failed, PushExclusion reason) {
        return failed ? Optional.of(reason) : Optional.empty();
    }
}
