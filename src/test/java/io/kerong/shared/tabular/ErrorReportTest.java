package io.kerong.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A stored problem is worded again from its key and its arguments kept as text, in the reader's language. */
class ErrorReportTest {

    private final StaticMessageSource messages = new StaticMessageSource();

    ErrorReportTest() {
        messages.addMessage("row.tooMany", Locale.SIMPLIFIED_CHINESE, "第 {0,number,#} 行起超出上限 {1}");
        messages.addMessage("row.tooMany", Locale.ENGLISH, "From row {0,number,#}: over the limit of {1}");
    }

    @Test
    void aStoredProblemIsWordedInTheReadersLanguageWithItsNumberArgumentAsANumber() {
        String[] args = {"12000", "10000"};
        assertThat(ErrorReport.reason(messages, "row.tooMany", args, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 12000 行起超出上限 10000");
        assertThat(ErrorReport.reason(messages, "row.tooMany", args, Locale.ENGLISH))
                .isEqualTo("From row 12000: over the limit of 10000");
    }

    @Test
    void aStoredNumberArgumentIsReadByTheBoundedReader() {
        assertThat(ErrorReport.storedArgs("{0,number,#}", new String[] {"12000"})[0])
                .isEqualTo(new BigDecimal("12000"));
        // new BigDecimal would take this and the pattern would write a billion digits out
        assertThat(ErrorReport.storedArgs("{0,number,#}", new String[] {"1e999999999"})[0]).isEqualTo("1e999999999");
        assertThat(ErrorReport.storedArgs("{0}", new String[] {"12000"})[0]).isEqualTo("12000");
    }
}
