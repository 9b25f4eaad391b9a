package io.kerong.rating.internal;

import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.KnockOut;
import io.kerong.rating.RatingModel;
import io.kerong.shared.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Knock-outs: unique codes, an existing indicator, and a condition that fits the indicator's type. */
final class KnockOutChecks {

    private final List<Violation> violations;

    KnockOutChecks(List<Violation> violations) {
        this.violations = violations;
    }

    void check(RatingModel model) {
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < model.knockOuts().size(); k++) {
            KnockOut rule = model.knockOuts().get(k);
            String field = "knockOuts[" + k + "]";
            if (rule.code() == null || rule.code().isBlank() || !codes.add(rule.code())) {
                violations.add(Violation.of(field + ".code", "rating.model.knockOut.code", String.valueOf(rule.code())));
            }
            if (rule.messageKey() == null || rule.messageKey().isBlank()) {
                violations.add(Violation.of(field + ".messageKey", "rating.model.required"));
            }
            Optional<Indicator> indicator = model.indicator(rule.indicatorCode());
            if (indicator.isEmpty()) {
                violations.add(Violation.of(field + ".indicatorCode", "rating.model.knockOut.unknownIndicator",
                        String.valueOf(rule.indicatorCode())));
                continue;
            }
            Optional<KnockOutCondition> condition = KnockOutCondition.parse(rule.condition());
            if (condition.isEmpty() || !fits(condition.get(), indicator.get())) {
                violations.add(Violation.of(field + ".condition", "rating.model.knockOut.condition",
                        String.valueOf(rule.condition()), rule.indicatorCode()));
            }
        }
    }

    private static boolean fits(KnockOutCondition condition, Indicator indicator) {
        return switch (condition) {
            case KnockOutCondition.Flag ignored -> indicator.type() == IndicatorType.BOOLEAN;
            case KnockOutCondition.In in -> indicator.scoring() instanceof CategoryScoring categories
                    && categories.points().keySet().containsAll(in.codes());
            case KnockOutCondition.Compare ignored -> indicator.type() != IndicatorType.CATEGORY
                    && indicator.type() != IndicatorType.BOOLEAN;
        };
    }
}
