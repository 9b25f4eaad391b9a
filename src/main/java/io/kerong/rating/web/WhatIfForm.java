package io.kerong.rating.web;

import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The what-if page's form (试算): one field per indicator shown, named by its code, prefilled with the enterprise's
 * current value. A posted form changes the current values: a blank field means "no data", a field not shown keeps its
 * value. The posted texts go through {@link WhatIfRequest}, so the page checks values as the API does.
 */
final class WhatIfForm {

    /** Decimals written out (0.0000001, not 1E-7): the request reader refuses exponent notation. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final int SHOWN_DECIMALS = 4;

    private WhatIfForm() {
    }

    /** One field: the indicator, its current value as typed in the form, and the choices of a select. */
    record Field(Indicator indicator, String value, List<String> choices) {

        public boolean select() {
            return !choices.isEmpty();
        }
    }

    static List<Field> fields(RatingModel model, Map<String, IndicatorValue> current, boolean all) {
        return model.indicators().stream().filter(indicator -> all || indicator.controllable())
                .map(indicator -> new Field(indicator, shown(indicator, current.get(indicator.code())),
                        choices(indicator))).toList();
    }

    /** The current values changed by the posted fields; throws InvalidInputException naming every bad field. */
    static Map<String, IndicatorValue> apply(RatingModel model, Map<String, IndicatorValue> current,
                                             Map<String, String> posted) {
        Map<String, IndicatorValue> values = new LinkedHashMap<>(current);
        ObjectNode indicators = MAPPER.createObjectNode();
        List<Violation> refused = new ArrayList<>();
        for (Indicator indicator : model.indicators()) {
            String text = posted.get(indicator.code());
            if (text == null) {
                continue;
            }
            text = text.strip();
            if (!text.isEmpty() && text.equals(shown(indicator, current.get(indicator.code())))) {
                // left as shown: keep the exact value behind the rounded figure
                continue;
            }
            values.remove(indicator.code());
            if (!text.isEmpty()) {
                put(indicators, indicator, text, refused);
            }
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.set("indicators", indicators);
        try {
            values.putAll(WhatIfRequest.read(body.toString(), model));
        } catch (InvalidInputException e) {
            refused.addAll(e.violations());
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return values;
    }

    /** A posted text into the request as the API takes it; a number that does not read is refused as the API words it. */
    private static void put(ObjectNode indicators, Indicator indicator, String text, List<Violation> refused) {
        String code = indicator.code();
        if (indicator.type() == IndicatorType.BOOLEAN && (text.equals("true") || text.equals("false"))) {
            indicators.put(code, Boolean.parseBoolean(text));
        } else if (indicator.numeric() && indicator.type() != IndicatorType.BOOLEAN) {
            BoundedDecimal.Reading reading = BoundedDecimal.parse("indicators." + code, text, NumberKind.DECIMAL);
            if (reading.ok()) {
                indicators.put(code, reading.value());
            } else {
                refused.add(NumberWords.of(WhatIfRequest.expected(indicator), BoundedDecimal.Refusal.NOT_A_NUMBER)
                        .violation(reading, code));
            }
        } else {
            indicators.put(code, text);
        }
    }

    private static String shown(Indicator indicator, IndicatorValue value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (indicator.type() == IndicatorType.BOOLEAN && value.number() != null) {
            return value.number().signum() != 0 ? "true" : "false";
        }
        // a derived ratio such as 3.268106142110371 reads 3.2681; a field posted back unchanged keeps the exact value
        return value.number() != null ? value.number().setScale(Math.min(value.number().scale(), SHOWN_DECIMALS),
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : value.text();
    }

    private static List<String> choices(Indicator indicator) {
        return switch (indicator.scoring()) {
            case CategoryScoring categories -> categories.bestFirst();
            case BooleanScoring flag -> List.of("true", "false");
            default -> List.of();
        };
    }
}
