package io.kerong.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CSV injection (OWASP): what a spreadsheet would run gets a leading quote; numbers stay readable as numbers. */
class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\")", "-", "-5-3", "+1e5"})
    void textThatASpreadsheetWouldRunGetsALeadingQuote(String text) {
        assertThat(CsvWriter.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+3.2", "-1,234.50", "-12.5%", "0", "成都云岭软件有限公司", "a=b", "1+1", "", "'=x"})
    void plainNumbersAndOrdinaryTextAreWrittenAsTheyAre(String text) {
        assertThat(CsvWriter.cell(text)).isEqualTo(text);
    }

    @Test
    void numberValuesAreNeverQuoted() {
        assertThat(CsvWriter.cell(-5)).isEqualTo(-5);
        assertThat(CsvWriter.cell(new BigDecimal("-0.5"))).isEqualTo(new BigDecimal("-0.5"));
        assertThat(CsvWriter.cell(null)).isNull();
    }

    @Test
    void aDownloadStartsWithAByteOrderMarkAndQuotesWhatNeedsQuoting() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.download(out)) {
            csv.row("行", "值");
            csv.row(2, "=cmd|' /C calc'!A0");
            csv.row(3, "-5");
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF行,值\r\n2,'=cmd|' /C calc'!A0\r\n3,-5\r\n");
    }
}
