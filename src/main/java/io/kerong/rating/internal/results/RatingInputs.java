package io.kerong.rating.internal.results;

import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one rating (评价输入) aligned with the model's indicator order: position i holds the value of the
 * model's i-th indicator, or null. Values of codes the model does not use are not inputs and are dropped.
 */
final class RatingInputs {

    private static final long SEED_A = 0x9E3779B97F4A7C15L;
    private static final long SEED_B = 0xC2B2AE3D27D4EB4FL;
    private static final char POSITION = '\u001e';
    private static final char PART = '\u001f';

    final IndicatorValue[] slots;

    RatingInputs(IndicatorValue[] slots) {
        this.slots = slots;
    }

    static RatingInputs of(RatingModel model, Map<String, IndicatorValue> values) {
        List<Indicator> indicators = model.indicators();
        IndicatorValue[] slots = new IndicatorValue[indicators.size()];
        for (int i = 0; i < slots.length; i++) {
            IndicatorValue value = values.get(indicators.get(i).code());
            slots[i] = value == null || value.period() == null && value.isEmpty() ? null : value;
        }
        return new RatingInputs(slots);
    }

    /**
     * Rebuilds the inputs from their stored text ({@link #encoded}). An empty text belongs to a rating written without
     * its inputs (by hand or by an import): it has none.
     */
    static RatingInputs decoded(RatingModel model, String stored) {
        List<Indicator> indicators = model.indicators();
        if (stored == null || stored.isEmpty()) {
            return new RatingInputs(new IndicatorValue[0]);
        }
        String[] positions = stored.split(String.valueOf(POSITION), -1);
        if (positions.length != indicators.size()) {
            throw new IllegalStateException("stored inputs have " + positions.length + " positions, model version "
                    + model.version() + " has " + indicators.size() + " indicators");
        }
        IndicatorValue[] slots = new IndicatorValue[positions.length];
        for (int i = 0; i < slots.length; i++) {
            if (!positions[i].isEmpty()) {
                String[] parts = positions[i].split(String.valueOf(PART), -1);
                if (parts.length != 3) {
                    throw new IllegalStateException("stored input " + i + " has " + parts.length + " parts, not 3");
                }
                slots[i] = new IndicatorValue(indicators.get(i).code(), nullIfEmpty(parts[0]),
                        parts[1].isEmpty() ? null : new BigDecimal(parts[1]), nullIfEmpty(parts[2]));
            }
        }
        return new RatingInputs(slots);
    }

    /**
     * The inputs as stored: one position per indicator of the model, in its order, separated by U+001E; a value as
     * period, number and text separated by U+001F (an absent part empty); a missing value as an empty position. One
     * text column instead of three arrays: PostgreSQL stores it without parsing a hundred elements per rating, which
     * made the writing of a run's results several times faster.
     */
    String encoded() {
        StringBuilder out = new StringBuilder(slots.length * 16);
        for (int i = 0; i < slots.length; i++) {
            if (i > 0) {
                out.append(POSITION);
            }
            IndicatorValue value = slots[i];
            if (value != null) {
                part(out, value.period()).append(PART);
                if (value.number() != null) {
                    out.append(value.number().toPlainString());
                }
                part(out.append(PART), value.text());
            }
        }
        return out.toString();
    }

    private static StringBuilder part(StringBuilder out, String text) {
        if (text != null) {
            if (text.indexOf(POSITION) >= 0 || text.indexOf(PART) >= 0) {
                throw new IllegalStateException("an input holds a separator character: " + text);
            }
            out.append(text);
        }
        return out;
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The inputs keyed by indicator code, as the scorer takes them; empty positions are absent. */
    Map<String, IndicatorValue> asMap() {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (IndicatorValue value : slots) {
            if (value != null) {
                values.put(value.code(), value);
            }
        }
        return values;
    }

    /**
     * A 128-bit fingerprint of the inputs (two independently seeded 64-bit lanes), equal for equal inputs. Not
     * cryptographic: the values come from the
     * departments and the registry, not from somebody trying to collide them, and two different input sets of one
     * enterprise share a fingerprint with a probability of about 2^-128. A run keeps a latest rating only when the
     * fingerprint and the model version are equal.
     */
    byte[] hash() {
        long a = SEED_A;
        long b = SEED_B;
        for (int i = 0; i < slots.length; i++) {
            IndicatorValue value = slots[i];
            long h = value == null ? 0x5bd1e995L : hashOf(value);
            a = mix(a ^ h ^ i);
            b = mix(b + Long.rotateLeft(h, 29) * SEED_A + i);
        }
        return ByteBuffer.allocate(16).putLong(a).putLong(b).array();
    }

    /**
     * A number hashes by its digits and scale as PostgreSQL returned them, which are stable for a stored value: the
     * same value delivered as 12.50 instead of 12.5 only makes the run store an identical result once more, never
     * keep a stale one.
     */
    private static long hashOf(IndicatorValue value) {
        long h = 1;
        h = 31 * h + (value.period() == null ? 0 : value.period().hashCode());
        h = 31 * h + (value.text() == null ? 0 : value.text().hashCode());
        BigDecimal number = value.number();
        return 31 * h + (number == null ? 0x27d4eb2dL : mix(number.hashCode() + 0x165667b1L * number.scale()));
    }

    /** The finalizer of SplitMix64: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
