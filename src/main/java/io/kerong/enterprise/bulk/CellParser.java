package io.kerong.enterprise.bulk;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.BoundedDecimal.Refusal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the text of one row's cells into typed values, noting a violation (row, column header, value, reason) for
 * each cell that does not read. Rules about the values themselves are the registry's; this only checks the format.
 */
final class CellParser {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

    private static final NumberWords INTEGER_WORDS = NumberWords.of("registryimport.integer.format",
            Refusal.NOT_A_NUMBER, Refusal.INTEGER_DIGITS, Refusal.FRACTION_DIGITS, Refusal.NOT_WHOLE);
    private static final NumberWords AMOUNT_WORDS = NumberWords.of("registryimport.amount.format", Refusal.NOT_A_NUMBER)
            .and("registryimport.amount.tooLarge", Refusal.INTEGER_DIGITS)
            .and("registryimport.amount.scale", Refusal.FRACTION_DIGITS, Refusal.NOT_WHOLE);

    private final HeaderLayout layout;
    private final List<Violation> violations;
    private final int rowNumber;
    private final String[] values;

    CellParser(HeaderLayout layout, int rowNumber, String[] values, List<Violation> violations) {
        this.layout = layout;
        this.rowNumber = rowNumber;
        this.values = values;
        this.violations = violations;
    }

    String text(int column) {
        return values[column];
    }

    LocalDate date(int column) {
        String v = values[column];
        if (v == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return reject(column, "registryimport.date.format");
    }

    Integer integer(int column) {
        BigDecimal number = decimal(column, NumberKind.COUNT, INTEGER_WORDS);
        return number == null ? null : number.intValueExact();
    }

    BigDecimal amount(int column) {
        return decimal(column, NumberKind.AMOUNT, AMOUNT_WORDS);
    }

    /** A value looked up in a list of names (industry section, high-tech field). */
    <T> T named(int column, Function<String, Optional<T>> lookup, String messageKey) {
        String v = values[column];
        if (v == null) {
            return null;
        }
        return lookup.apply(v).orElseGet(() -> reject(column, messageKey));
    }

    /** Through the platform's one number reader, with this import's words for what it refuses. */
    private BigDecimal decimal(int column, NumberKind kind, NumberWords words) {
        String v = values[column];
        if (v == null) {
            return null;
        }
        BoundedDecimal.Reading reading = BoundedDecimal.parse(layout.header(column), v, kind);
        if (reading.ok()) {
            return reading.value();
        }
        Violation refused = words.violation(reading);
        return reject(column, refused.messageKey(), refused.args());
    }

    private <T> T reject(int column, String messageKey, Object... args) {
        violations.add(Violation.atRow(rowNumber, layout.header(column), values[column], messageKey, args));
        return null;
    }
}
