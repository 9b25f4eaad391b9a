package io.kerong.rating.internal;

import io.kerong.rating.Bin;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.Scoring;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of one indicator and its scoring; each problem is added as a violation naming the field. */
final class IndicatorChecks {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private final List<Violation> violations;

    IndicatorChecks(List<Violation> violations) {
        this.violations = violations;
    }

    void check(String field, Indicator indicator) {
        if (indicator.code() == null || !CODE.matcher(indicator.code()).matches()) {
            violations.add(Violation.of(field + ".code", "rating.model.code.invalid", String.valueOf(indicator.code())));
        }
        required(field + ".nameZh", indicator.nameZh());
        required(field + ".nameEn", indicator.nameEn());
        required(field + ".dimension", indicator.dimension());
        required(field + ".department", indicator.department());
        required(field + ".type", indicator.type());
        required(field + ".direction", indicator.direction());
        required(field + ".period", indicator.period());
        if (required(field + ".scoring", indicator.scoring()) && indicator.type() != null) {
            scoring(field + ".scoring", indicator.type(), indicator.scoring());
        }
    }

    private boolean required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            violations.add(Violation.of(field, "rating.model.required"));
            return false;
        }
        return true;
    }

    private void scoring(String field, IndicatorType type, Scoring scoring) {
        boolean fits = switch (scoring) {
            case BinScoring ignored -> type == IndicatorType.NUMBER || type == IndicatorType.RATIO || type == IndicatorType.COUNT;
            case CategoryScoring ignored -> type == IndicatorType.CATEGORY;
            case BooleanScoring ignored -> type == IndicatorType.BOOLEAN;
        };
        if (!fits) {
            violations.add(Violation.of(field, "rating.model.scoring.wrongKind", type.name()));
            return;
        }
        points(field + ".missingPoints", scoring.missingPoints());
        switch (scoring) {
            case BinScoring bins -> bins(field + ".bins", bins.bins());
            case CategoryScoring categories -> categories(field + ".points", categories);
            case BooleanScoring flag -> {
                points(field + ".whenTrue", flag.whenTrue());
                points(field + ".whenFalse", flag.whenFalse());
            }
        }
    }

    /** Points are at least 0 with at most two decimal places. */
    boolean points(String field, BigDecimal points) {
        if (points == null) {
            violations.add(Violation.of(field, "rating.model.required"));
            return false;
        }
        if (points.signum() < 0 || points.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.of(field, "rating.model.points.invalid", points.toPlainString()));
            return false;
        }
        return true;
    }

    private void bins(String field, List<Bin> bins) {
        if (bins.isEmpty()) {
            violations.add(Violation.of(field, "rating.model.bins.empty"));
            return;
        }
        for (int b = 0; b < bins.size(); b++) {
            Bin bin = bins.get(b);
            String binField = field + "[" + b + "]";
            points(binField + ".points", bin.points());
            if (bin.lower() != null && bin.upper() != null && bin.lower().compareTo(bin.upper()) >= 0) {
                violations.add(Violation.of(binField, "rating.model.bin.empty", bin.lower().toPlainString(),
                        bin.upper().toPlainString()));
            }
            if (b > 0) {
                adjacent(binField, bins.get(b - 1), bin);
            }
        }
    }

    /** Bins ascend without overlap or gap: each upper bound (exclusive) is the next bin's lower bound (inclusive). */
    private void adjacent(String field, Bin previous, Bin bin) {
        if (previous.upper() == null || bin.lower() == null) {
            violations.add(Violation.of(field, "rating.model.bins.unbounded"));
            return;
        }
        int order = previous.upper().compareTo(bin.lower());
        if (order > 0) {
            violations.add(Violation.of(field, "rating.model.bins.overlap", previous.upper().toPlainString(),
                    bin.lower().toPlainString()));
        } else if (order < 0) {
            violations.add(Violation.of(field, "rating.model.bins.gap", previous.upper().toPlainString(),
                    bin.lower().toPlainString()));
        }
    }

    private void categories(String field, CategoryScoring scoring) {
        if (scoring.points().isEmpty()) {
            violations.add(Violation.of(field, "rating.model.categories.empty"));
        }
        scoring.points().forEach((category, points) -> {
            if (category == null || category.isBlank()) {
                violations.add(Violation.of(field, "rating.model.category.blank"));
            } else {
                points(field + "." + category, points);
            }
        });
    }
}
