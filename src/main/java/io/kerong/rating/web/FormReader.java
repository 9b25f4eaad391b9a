package io.kerong.rating.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of a posted editor form as text and decimals; every value that is not a number is recorded as a
 * violation under the field's name, so that all of them are shown at once next to their fields.
 */
final class FormReader {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final NumberWords WORDS = NumberWords.of("ratingmodel.form.number",
            BoundedDecimal.Refusal.NOT_A_NUMBER);

    private final MultiValueMap<String, String> form;
    private final List<Violation> violations = new ArrayList<>();

    FormReader(MultiValueMap<String, String> form) {
        this.form = form;
    }

    /** The stripped text, null when absent or blank. */
    String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean checked(String name) {
        String value = text(name);
        return value != null && !value.equals("false");
    }

    /** A decimal; null when blank, and a violation when it is not a number. */
    BigDecimal decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        BoundedDecimal.Reading reading = BoundedDecimal.parse(name, value, NumberKind.DECIMAL);
        if (!reading.ok()) {
            violations.add(WORDS.violation(reading, value));
        }
        return reading.value();
    }

    /** An amount entered in 万元, as yuan with two decimals; a violation when finer than one fen. */
    BigDecimal tenThousandYuan(String name) {
        BigDecimal wan = decimal(name);
        if (wan == null) {
            return null;
        }
        BigDecimal yuan = wan.multiply(TEN_THOUSAND);
        if (yuan.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(name, "ratingmodel.form.money", new Object[] {wan.toPlainString()}, null,
                    wan.toPlainString()));
            return null;
        }
        return yuan.setScale(2);
    }

    /** How many rows a repeated group has: one more than the highest index among {@code prefix[i].…} fields. */
    int rows(String prefix) {
        Pattern pattern = Pattern.compile(Pattern.quote(prefix) + "\\[(\\d{1,4})]\\..*");
        int rows = 0;
        for (String name : form.keySet()) {
            Matcher m = pattern.matcher(name);
            if (m.matches()) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return rows;
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Shows a yuan amount in 万元, as typed back into the form. */
    static String inTenThousands(BigDecimal yuan) {
        return yuan == null ? "" : plain(yuan.divide(TEN_THOUSAND));
    }

    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
