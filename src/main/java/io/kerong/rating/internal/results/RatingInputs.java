package io.kerong.rating.internal.results;

import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one rating (评价输入) aligned with the model's indicator order: position i holds the value of the
 * model's i-th indicator, or nothing. Values of codes the model does not use are not inputs and are dropped.
 */
final class RatingInputs {

    private static final int HASH_BYTES = 16;

    final String[] periods;
    final BigDecimal[] numbers;
    final String[] texts;

    private RatingInputs(int size) {
        periods = new String[size];
        numbers = new BigDecimal[size];
        texts = new String[size];
    }

    RatingInputs(String[] periods, BigDecimal[] numbers, String[] texts) {
        this.periods = periods;
        this.numbers = numbers;
        this.texts = texts;
    }

    static RatingInputs of(RatingModel model, Map<String, IndicatorValue> values) {
        List<Indicator> indicators = model.indicators();
        RatingInputs inputs = new RatingInputs(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorValue value = values.get(indicators.get(i).code());
            if (value != null) {
                inputs.periods[i] = value.period();
                inputs.numbers[i] = value.number();
                inputs.texts[i] = value.text();
            }
        }
        return inputs;
    }

    /** The inputs keyed by indicator code, as the scorer takes them; positions without a value are absent. */
    Map<String, IndicatorValue> asMap(RatingModel model) {
        List<Indicator> indicators = model.indicators();
        if (indicators.size() != periods.length) {
            throw new IllegalStateException("stored inputs have " + periods.length + " positions, model version "
                    + model.version() + " has " + indicators.size() + " indicators");
        }
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (int i = 0; i < periods.length; i++) {
            if (periods[i] != null || numbers[i] != null || texts[i] != null) {
                String code = indicators.get(i).code();
                values.put(code, new IndicatorValue(code, periods[i], numbers[i], texts[i]));
            }
        }
        return values;
    }

    /**
     * First 16 bytes of the SHA-256 of a canonical form (numbers without trailing zeros), so that equal inputs give
     * equal hashes whatever scale PostgreSQL or the registry returned a number with.
     */
    byte[] hash() {
        StringBuilder canonical = new StringBuilder(periods.length * 16);
        for (int i = 0; i < periods.length; i++) {
            canonical.append(periods[i] == null ? "\u0001" : periods[i]).append('\u0000');
            canonical.append(numbers[i] == null ? "\u0001" : numbers[i].stripTrailingZeros().toString())
                    .append('\u0000');
            canonical.append(texts[i] == null ? "\u0001" : texts[i]).append('\u0002');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
