package io.kerong.enterprise.bulk;

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
    /** numeric(18, 2) holds sixteen digits before the point. */
    private static final int AMOUNT_INTEGER_DIGITS = 16;

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
        BigDecimal number = decimal(column, "registryimport.integer.format");
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return reject(column, "registryimport.integer.format");
        }
        return number.intValue();
    }

    BigDecimal amount(int column) {
        BigDecimal number = decimal(column, "registryimport.amount.format");
        if (number == null) {
            return null;
        }
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() > 2) {
            return reject(column, "registryimport.amount.scale");
        }
        if (plain.precision() - plain.scale() > AMOUNT_INTEGER_DIGITS) {
            return reject(column, "registryimport.amount.tooLarge");
        }
        return number;
    }

    /** A value looked up in a list of names (industry section, high-tech field). */
    <T> T named(int column, Function<String, Optional<T>> lookup, String messageKey) {
        String v = values[column];
        if (v == null) {
            return null;
        }
        return lookup.apply(v).orElseGet(() -> reject(column, messageKey));
    }

    private BigDecimal decimal(int column, String messageKey) {
        String v = values[column];
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            return reject(column, messageKey);
        }
    }

    private <T> T reject(int column, String messageKey, Object... args) {
        violations.add(Violation.atRow(rowNumber, layout.header(column), values[column], messageKey, args));
        return null;
    }
}
