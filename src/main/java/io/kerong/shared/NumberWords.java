package io.kerong.shared;

import io.kerong.shared.BoundedDecimal.Refusal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A form's, import's or API's own words for some of {@link BoundedDecimal}'s refusals ("not an amount in yuan" for
 * text that is no number), the platform's words for the others (too long, an exponent, too many digits): the one way a
 * refused number becomes the violation its reader sees. Immutable; build it once per kind of field, e.g.
 * {@code NumberWords.of("import.amount.format", NOT_A_NUMBER).and("import.amount.scale", FRACTION_DIGITS)}.
 */
public final class NumberWords {

    private static final NumberWords PLATFORM = new NumberWords(new EnumMap<>(Refusal.class));

    private final Map<Refusal, String> keys;

    private NumberWords(EnumMap<Refusal, String> keys) {
        this.keys = keys;
    }

    /** The platform's words for every refusal. */
    public static NumberWords platform() {
        return PLATFORM;
    }

    /** {@code messageKey} for these refusals, the platform's words for the others. */
    public static NumberWords of(String messageKey, Refusal... refusals) {
        return PLATFORM.and(messageKey, refusals);
    }

    /** These words, with {@code messageKey} for these refusals as well. */
    public NumberWords and(String messageKey, Refusal... refusals) {
        EnumMap<Refusal, String> more = keys.isEmpty() ? new EnumMap<>(Refusal.class) : new EnumMap<>(keys);
        for (Refusal refusal : refusals) {
            more.put(refusal, messageKey);
        }
        return new NumberWords(more);
    }

    /**
     * The violation a refused reading stands for: under the reading's field and with its value as shown, in these
     * words with {@code args} where they have some for its refusal, else in the platform's with the platform's
     * arguments. Null for a reading that is not refused.
     */
    public Violation violation(BoundedDecimal.Reading reading, Object... args) {
        if (reading.ok()) {
            return null;
        }
        Violation platform = reading.violation();
        String key = keys.get(reading.refusal());
        return key == null ? platform : new Violation(platform.field(), key, args, platform.row(), platform.value());
    }
}
