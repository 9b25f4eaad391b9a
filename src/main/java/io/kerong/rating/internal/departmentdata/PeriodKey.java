package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period key (期间) read for an indicator's period kind: {@code 2025} (yearly), {@code 2025Q3} (quarterly, q in
 * either case), {@code 2025-09} (monthly). Its first and last day order periods and tell whether it lies in the future.
 */
record PeriodKey(String key, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** The key in canonical form, or empty when the text does not match the period kind. */
    static Optional<PeriodKey> parse(Period kind, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (kind) {
            case YEARLY -> match(YEAR, t).map(m -> year(Integer.parseInt(m.group(1))));
            case QUARTERLY -> match(QUARTER, t).map(m -> quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            case MONTHLY -> match(MONTH, t).map(m -> month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        };
    }

    static PeriodKey year(int year) {
        return new PeriodKey(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static PeriodKey quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new PeriodKey(year + "Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static PeriodKey month(YearMonth month) {
        return new PeriodKey(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** An example key of the kind, for error messages. */
    static String example(Period kind) {
        return switch (kind) {
            case YEARLY -> "2025";
            case QUARTERLY -> "2025Q3";
            case MONTHLY -> "2025-09";
        };
    }

    /** A period is in the future when it has not begun on {@code today}: data can only describe time that has passed. */
    boolean startsAfter(LocalDate today) {
        return start.isAfter(today);
    }

    private static Optional<Matcher> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
