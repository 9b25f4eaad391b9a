package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.shared.BoundedDecimal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A module's own words for some refusals of the one number reader, the platform's for the rest. */
class NumberWordsTest {

    private static final NumberWords IMPORT = NumberWords.of("import.amount.format", Refusal.NOT_A_NUMBER)
            .and("import.amount.scale", Refusal.FRACTION_DIGITS, Refusal.NOT_WHOLE);

    @ParameterizedTest(name = "{0} is refused in the words {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            abc       | import.amount.format
            1.005     | import.amount.scale
            1e5       | number.exponent
            12345678901234567 | number.integerDigits
            """)
    void aRefusalIsSaidInTheModulesWordsWhereItHasThemAndThePlatformsOtherwise(String text, String key) {
        Violation violation = IMPORT.violation(BoundedDecimal.parse("revenue", text, NumberKind.AMOUNT), text);
        assertThat(violation.field()).isEqualTo("revenue");
        assertThat(violation.messageKey()).isEqualTo(key);
        assertThat(violation.value()).isEqualTo(text);
    }

    @Test
    void ownWordsTakeTheCallersArgumentsAndThePlatformsKeepTheirOwn() {
        assertThat(IMPORT.violation(BoundedDecimal.parse("f", "abc", NumberKind.AMOUNT), "abc").args())
                .containsExactly("abc");
        assertThat(IMPORT.violation(BoundedDecimal.parse("f", "12345678901234567", NumberKind.AMOUNT), "x").args())
                .containsExactly(16);
        assertThat(NumberWords.platform().violation(BoundedDecimal.parse("f", "abc", NumberKind.AMOUNT)).messageKey())
                .isEqualTo("number.invalid");
        assertThat(IMPORT.violation(BoundedDecimal.parse("f", "12", NumberKind.AMOUNT))).isNull();
    }
}
