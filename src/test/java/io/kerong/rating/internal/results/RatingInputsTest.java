package io.kerong.rating.internal.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.IndicatorValue;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatingInputsTest {

    private static RatingInputs inputs(IndicatorValue... slots) {
        return new RatingInputs(slots);
    }

    private static IndicatorValue tax(String period, String number) {
        return IndicatorValue.number("TAX_PAID", period, new BigDecimal(number));
    }

    @Test
    void equalInputsHaveEqualFingerprintsAndAnyChangeChangesIt() {
        byte[] held = inputs(tax("2025", "86.4"), null, IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "A")).hash();

        assertThat(inputs(tax("2025", "86.4"), null, IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "A")).hash())
                .isEqualTo(held).hasSize(16);
        assertThat(inputs(tax("2025", "86.5"), null, IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "A")).hash())
                .isNotEqualTo(held);
        assertThat(inputs(tax("2024", "86.4"), null, IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "A")).hash())
                .isNotEqualTo(held);
        assertThat(inputs(tax("2025", "86.4"), null, IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "B")).hash())
                .isNotEqualTo(held);
        assertThat(inputs(null, tax("2025", "86.4"), IndicatorValue.category("TAX_CREDIT_GRADE", "2025", "A")).hash())
                .as("the same value at another position is another input").isNotEqualTo(held);
    }

    @Test
    void arrayLiteralsQuoteEveryTextAndKeepEveryDigit() {
        assertThat(PgArrays.texts(new String[] {"2025", null, "NULL", "a,\"b\"\\c"}))
                .isEqualTo("{\"2025\",NULL,\"NULL\",\"a,\\\"b\\\"\\\\c\"}");
        assertThat(PgArrays.numbers(new BigDecimal[] {new BigDecimal("1.50"), null, new BigDecimal("1E+3")}))
                .isEqualTo("{1.50,NULL,1000}");
    }

    @Test
    void copyLinesEscapeBackslashesTabsAndLineBreaks() throws IOException {
        StringWriter out = new StringWriter();
        new CopyLine(out).plain(7).text("a\\b\tc\nd").text(null).bytes(new byte[] {0x0F, (byte) 0xA0}).end();

        assertThat(out.toString()).isEqualTo("7\ta\\\\b\\tc\\nd\t\\N\t\\\\x0fa0\n");
    }
}
