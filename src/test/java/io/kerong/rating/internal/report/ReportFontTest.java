package io.kerong.rating.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.demo.SyntheticEnterprises;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.QualificationKind;
import io.kerong.rating.Indicator;
import io.kerong.rating.internal.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

/**
 * The shipped font is a subset: every character the report can print from the platform's own texts (message
 * bundles, region names, the model's indicator names, enterprise names as the demo makes them) must have a glyph,
 * or the PDF would show a blank.
 */
class ReportFontTest {

    private final BaseFont font = new ReportFont().newBaseFont();

    @Test
    void theReportBundlesAreCovered() throws IOException {
        for (String bundle : new String[] {"i18n/rating_zh_CN.properties", "i18n/ratingreport_zh_CN.properties",
                "i18n/enterprise_zh_CN.properties", "i18n/ratingreport_en.properties"}) {
            assertThat(missing(resource(bundle))).as(bundle).isEmpty();
        }
    }

    @Test
    void everyRegionNameIsCovered() throws IOException {
        assertThat(missing(resource("reference/divisions.csv"))).isEmpty();
    }

    @Test
    void indicatorIndustryAndQualificationNamesAreCovered() {
        String names = new ModelJson().defaultModel().indicators().stream().map(Indicator::nameZh)
                .collect(Collectors.joining())
                + Arrays.stream(IndustrySection.values()).map(IndustrySection::chineseName).collect(Collectors.joining())
                + Arrays.stream(QualificationKind.values()).map(QualificationKind::chineseName).collect(Collectors.joining());
        assertThat(missing(names)).isEmpty();
    }

    @Test
    void demoEnterpriseNamesAreCovered() {
        String names = new SyntheticEnterprises(2026, 2025).stream(5_000).map(SyntheticEnterprise::name)
                .collect(Collectors.joining());
        assertThat(missing(names)).isEmpty();
    }

    @Test
    void aCharacterOutsideTheSubsetIsReallyMissing() {
        assertThat(missing("𠀀")).isNotEmpty();
    }

    private String missing(String text) {
        TreeSet<String> missing = new TreeSet<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> !font.charExists(c)).forEach(c -> missing.add(Character.toString(c)));
        return String.join("", missing);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReportFontTest.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
