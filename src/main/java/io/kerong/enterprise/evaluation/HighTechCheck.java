package io.kerong.enterprise.evaluation;

import io.kerong.shared.Rules;

/** The outcome of one named quantitative condition of the high-tech enterprise pre-check (高企认定条件). */
public record HighTechCheck(String rule, boolean passed, Reason reason) {

    /** Every pre-check rule gives a reason, passed or failed. */
    static HighTechCheck of(Rules.Checked checked) {
        return new HighTechCheck(checked.rule(), checked.verdict().isSatisfied(), Reason.of(checked.verdict()));
    }
}
