package io.kerong.rating.internal.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.internal.ModelJson;
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
    void storedTextGivesBackEveryValueAtItsPositionWithEveryDigit() {
        RatingModel model = new ModelJson().defaultModel();
        IndicatorValue[] slots = new IndicatorValue[model.indicators().size()];
        slots[0] = IndicatorValue.bool(model.indicators().get(0).code(), "2025", true);
        slots[1] = IndicatorValue.category(model.indicators().get(1).code(), "2025Q3", "A");
        slots[2] = IndicatorValue.number(model.indicators().get(2).code(), "2025-09", new BigDecimal("-3.2681061421"));
        slots[slots.length - 1] = IndicatorValue.number(model.indicators().getLast().code(), null, new BigDecimal("1E+3"));
        RatingInputs held = inputs(slots);

        RatingInputs back = RatingInputs.decoded(model, held.encoded());

        assertThat(back.slots).hasSize(slots.length);
        assertThat(back.slots[0]).isEqualTo(slots[0]);
        assertThat(back.slots[1]).isEqualTo(slots[1]);
        assertThat(back.slots[2]).isEqualTo(slots[2]);
        assertThat(back.slots[3]).isNull();
        assertThat(back.slots[slots.length - 1].number()).isEqualByComparingTo("1000");
        assertThat(back.slots[slots.length - 1].period()).isNull();
        assertThat(back.asMap()).hasSize(4);
        assertThat(RatingInputs.decoded(model, "").slots).as("a rating written without inputs has none").isEmpty();
    }

    @Test
    void storedTextWithTheWrongNumberOfPositionsIsAnError() {
        RatingModel model = new ModelJson().defaultModel();
        assertThatThrownBy(() -> RatingInputs.decoded(model, "\u001e"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 positions");
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
