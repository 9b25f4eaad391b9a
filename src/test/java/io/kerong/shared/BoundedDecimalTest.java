package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedDecimalTest {

    @ParameterizedTest(name = "{0} as {1} reads {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            0                  | AMOUNT  | 0
            1200000            | AMOUNT  | 1200000
            '1,200,000.00'     | AMOUNT  | 1200000.00
            1，200，000        | AMOUNT  | 1200000
            ' 12.5 '           | AMOUNT  | 12.5
            -3.25              | AMOUNT  | -3.25
            +7                 | COUNT   | 7
            12.0               | COUNT   | 12.0
            .5                 | DECIMAL | 0.5
            007                | COUNT   | 7
            9999999999999999.99| AMOUNT  | 9999999999999999.99
            1.50000000000000000| AMOUNT  | 1.50000000000000000
            """)
    void plainNumbersWithinTheirKindAreRead(String text, String kind, String expected) {
        BoundedDecimal.Reading reading = BoundedDecimal.parse("f", text, kind(kind));
        assertThat(reading.ok()).isTrue();
        assertThat(reading.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} as {1} is refused: {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            abc                 | AMOUNT  | NOT_A_NUMBER
            ''                  | AMOUNT  | NOT_A_NUMBER
            -                   | AMOUNT  | NOT_A_NUMBER
            1.2.3               | AMOUNT  | NOT_A_NUMBER
            ',5'                | AMOUNT  | NOT_A_NUMBER
            0x10                | COUNT   | NOT_A_NUMBER
            NaN                 | DECIMAL | NOT_A_NUMBER
            1e1000000           | DECIMAL | EXPONENT
            1E5                 | AMOUNT  | EXPONENT
            1e-400              | COUNT   | EXPONENT
            12345678901234567   | AMOUNT  | INTEGER_DIGITS
            1000000000          | COUNT   | INTEGER_DIGITS
            1.005               | AMOUNT  | FRACTION_DIGITS
            0.001               | COUNT   | NOT_WHOLE
            2.5                 | COUNT   | NOT_WHOLE
            0.00000000001       | DECIMAL | FRACTION_DIGITS
            """)
    void textBeyondItsKindIsRefusedWithTheReason(String text, String kind, BoundedDecimal.Refusal refusal) {
        BoundedDecimal.Reading reading = BoundedDecimal.parse("revenue", text, kind(kind));
        assertThat(reading.refusal()).isEqualTo(refusal);
        assertThat(reading.value()).isNull();
        assertThat(reading.violation().field()).isEqualTo("revenue");
        assertThat(reading.violation().messageKey()).isEqualTo(refusal.messageKey);
    }

    @Test
    void aMegabyteOfDigitsIsRefusedAsTooLongWithoutBeingRead() {
        String megabyte = "9".repeat(1 << 20);
        long started = System.nanoTime();
        BoundedDecimal.Reading reading = BoundedDecimal.parse("value", megabyte, NumberKind.DECIMAL);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(50);
        assertThat(reading.refusal()).isEqualTo(BoundedDecimal.Refusal.TOO_LONG);
        assertThat(reading.violation().value()).as("the value is not repeated").isNull();
        assertThat(BoundedDecimal.parse("value", "9".repeat(300_000), NumberKind.AMOUNT).refusal())
                .isEqualTo(BoundedDecimal.Refusal.TOO_LONG);
        assertThat(BoundedDecimal.parse("value", " ".repeat(40) + "1" + " ".repeat(40), NumberKind.COUNT).ok()).isTrue();
    }

    @ParameterizedTest(name = "{0} checked as {1}: {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            1E+1000000   | DECIMAL | INTEGER_DIGITS
            1E+999999999 | AMOUNT  | INTEGER_DIGITS
            1E+10000000  | AMOUNT  | INTEGER_DIGITS
            1E-400       | COUNT   | NOT_WHOLE
            1E-400       | DECIMAL | FRACTION_DIGITS
            0.001        | COUNT   | NOT_WHOLE
            1.50         | AMOUNT  |
            1E+3         | COUNT   |
            """)
    void numbersReadElsewhereAreCheckedByTheirDigitsAtOnce(String value, String kind, BoundedDecimal.Refusal refusal) {
        long started = System.nanoTime();
        BoundedDecimal.Reading reading = BoundedDecimal.check("n", new BigDecimal(value), kind(kind));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(50);
        assertThat(reading.refusal()).isEqualTo(refusal);
    }

    @Test
    void aRefusalThrowsOnlyWhenAskedForTheValue() {
        BoundedDecimal.Reading reading = BoundedDecimal.parse("amount", "1e5", NumberKind.AMOUNT);
        assertThatThrownBy(reading::orElseThrow).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("amount"));
        assertThat(BoundedDecimal.parse("amount", "5", NumberKind.AMOUNT).orElseThrow()).isEqualByComparingTo("5");
    }

    @Test
    void aModuleMayDefineItsOwnKindWithinTheOverallBound() {
        NumberKind loanTerm = new NumberKind("loanTermMonths", 3, 0);
        assertThat(BoundedDecimal.parse("term", "360", loanTerm).ok()).isTrue();
        assertThat(BoundedDecimal.parse("term", "1200", loanTerm).refusal())
                .isEqualTo(BoundedDecimal.Refusal.INTEGER_DIGITS);
        assertThatThrownBy(() -> new NumberKind("huge", 40, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A number sent as JSON and the same number sent as text are one number: the same rule reads both. */
    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            0.0      | COUNT   |
            0.00     | COUNT   |
            0        | COUNT   |
            5.0      | COUNT   |
            -0.0     | COUNT   |
            0.000    | AMOUNT  |
            0.5      | COUNT   | NOT_WHOLE
            5.10     | COUNT   | NOT_WHOLE
            0.001    | AMOUNT  | FRACTION_DIGITS
            """)
    void aNumberCheckedAsReadElsewhereIsJudgedAsItsTextIs(String value, String kind, BoundedDecimal.Refusal refusal) {
        BoundedDecimal.Reading checked = BoundedDecimal.check("employees", new BigDecimal(value), kind(kind));
        BoundedDecimal.Reading parsed = BoundedDecimal.parse("employees", value, kind(kind));
        assertThat(checked.refusal()).as("checked").isEqualTo(refusal);
        assertThat(parsed.refusal()).as("parsed").isEqualTo(refusal);
    }

    private static NumberKind kind(String name) {
        return switch (name) {
            case "AMOUNT" -> NumberKind.AMOUNT;
            case "COUNT" -> NumberKind.COUNT;
            default -> NumberKind.DECIMAL;
        };
    }
}
