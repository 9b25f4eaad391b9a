package io.kerong.rating.web;

import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.web.JsonInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code {"indicators": {"CODE": value}}} against a model: numbers for NUMBER and RATIO, whole numbers ≥ 0 for
 * COUNT, true/false for BOOLEAN, one of the model's codes for CATEGORY, null for "no data". Every unknown code and
 * wrong value is reported at once. Decimals are read as BigDecimal so no digit is lost, within the platform's JSON
 * limits ({@link JsonInput}: no number beyond 18 digits before the point is ever computed with).
 */
final class WhatIfRequest {

    private WhatIfRequest() {
    }

    static Map<String, IndicatorValue> read(String body, RatingModel model) {
        JsonNode indicators = indicators(body);
        Map<String, IndicatorValue> values = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : indicators.properties()) {
            String code = entry.getKey();
            Optional<Indicator> indicator = model.indicator(code);
            if (indicator.isEmpty()) {
                violations.add(Violation.of("indicators." + code, "rating.score.unknownIndicator", code));
            } else if (!entry.getValue().isNull()) {
                value(indicator.get(), entry.getValue(), violations).ifPresent(value -> values.put(code, value));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return values;
    }

    private static JsonNode indicators(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JsonInput.readTree(body);
        } catch (JacksonException e) {
            root = null;
        }
        JsonNode indicators = root == null || !root.isObject() ? null : root.get("indicators");
        if (indicators == null || !indicators.isObject()) {
            throw new InvalidInputException(Violation.of("indicators", "rating.score.indicatorsRequired"));
        }
        return indicators;
    }

    private static Optional<IndicatorValue> value(Indicator indicator, JsonNode node, List<Violation> violations) {
        String code = indicator.code();
        String field = "indicators." + code;
        IndicatorType type = indicator.type();
        if (type == IndicatorType.BOOLEAN && node.isBoolean() && indicator.scoring() instanceof BooleanScoring) {
            return Optional.of(IndicatorValue.bool(code, null, node.booleanValue()));
        }
        if (type == IndicatorType.CATEGORY && indicator.scoring() instanceof CategoryScoring categories) {
            if (node.isString() && categories.points().containsKey(node.stringValue().strip())) {
                return Optional.of(IndicatorValue.category(code, null, node.stringValue().strip()));
            }
            violations.add(new Violation(field, "rating.score.expectCategory",
                    new Object[] {code, String.join(", ", categories.bestFirst())}, null, node.toString()));
            return Optional.empty();
        }
        if (type == IndicatorType.COUNT) {
            if (node.isNumber() && node.decimalValue().signum() >= 0
                    && node.decimalValue().stripTrailingZeros().scale() <= 0) {
                return Optional.of(IndicatorValue.number(code, null, node.decimalValue()));
            }
            violations.add(new Violation(field, expected(indicator), new Object[] {code}, null, node.toString()));
            return Optional.empty();
        }
        if ((type == IndicatorType.NUMBER || type == IndicatorType.RATIO) && node.isNumber()) {
            return Optional.of(IndicatorValue.number(code, null, node.decimalValue()));
        }
        violations.add(new Violation(field, expected(indicator), new Object[] {code}, null, node.toString()));
        return Optional.empty();
    }

    /** The words for a value that is not what the indicator takes (the form says it as the API does). */
    static String expected(Indicator indicator) {
        return switch (indicator.type()) {
            case COUNT -> "rating.score.expectCount";
            case BOOLEAN -> "rating.score.expectBoolean";
            default -> "rating.score.expectNumber";
        };
    }
}
