package io.kerong.rating.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.internal.ModelJson;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatIfFormTest {

    private static final RatingModel MODEL = new ModelJson().defaultModel();
    private static final String EXACT = "3.268106142110371";
    private static final Map<String, IndicatorValue> CURRENT = Map.of(
            "RD_RATIO", IndicatorValue.number("RD_RATIO", "2025", new BigDecimal(EXACT)),
            "TAX_ARREARS_AMOUNT", IndicatorValue.number("TAX_ARREARS_AMOUNT", "2025", new BigDecimal("80.00")));

    private static String shown(String code) {
        return WhatIfForm.fields(MODEL, CURRENT, true).stream().filter(f -> f.indicator().code().equals(code))
                .findFirst().orElseThrow().value();
    }

    @Test
    void longFiguresAreShownToFourDecimalsAndWholeOnesPlainly() {
        assertThat(shown("RD_RATIO")).isEqualTo("3.2681");
        assertThat(shown("TAX_ARREARS_AMOUNT")).isEqualTo("80");
    }

    @ParameterizedTest(name = "posting RD_RATIO = \"{0}\" scores {1}")
    @CsvSource(nullValues = "NONE", value = {
            "3.2681, " + EXACT,   // left as shown: the exact value behind the rounded figure
            "3.5, 3.5",           // changed
            "3.26810, 3.26810",   // typed differently from what was shown: the user's figure
            "'', NONE"})          // emptied: no data
    void aFieldPostedBackUnchangedKeepsItsExactValue(String posted, String scored) {
        Map<String, IndicatorValue> values = WhatIfForm.apply(MODEL, CURRENT, Map.of("RD_RATIO", posted));

        if (scored == null) {
            assertThat(values).doesNotContainKey("RD_RATIO");
        } else {
            assertThat(values.get("RD_RATIO").number()).isEqualByComparingTo(scored);
            assertThat(values.get("RD_RATIO").number().toPlainString()).isEqualTo(scored);
        }
        assertThat(values.get("TAX_ARREARS_AMOUNT").number()).isEqualByComparingTo("80.00");
    }
}
