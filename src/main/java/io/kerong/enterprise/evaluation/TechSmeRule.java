package io.kerong.enterprise.evaluation;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A named condition of the tech-SME evaluation with the reason shown when it is (basic condition)
 * or is not (direct qualification) fulfilled.
 */
record TechSmeRule(String name, Predicate<TechSmeEvaluationInput> holds, Function<TechSmeEvaluationInput, Reason> reason) {

    boolean isMetBy(TechSmeEvaluationInput input) {
        return holds.test(input);
    }

    Reason reasonFor(TechSmeEvaluationInput input) {
        return reason.apply(input);
    }
}
