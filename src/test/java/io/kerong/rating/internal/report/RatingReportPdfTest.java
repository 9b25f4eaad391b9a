package io.kerong.rating.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.Grade;
import io.kerong.rating.StoredRating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF report of ratings made by the real scorer on the default model: the text read back from the PDF is the text
 * put in, Chinese included, and the font is embedded. The sample is kept in {@code target/} to look at.
 */
class RatingReportPdfTest {

    private final ReportFixture fixture = new ReportFixture();
    private final RatingReportPdf pdf = new RatingReportPdf(new ReportFont(), fixture.messages);

    @Test
    void theReportReadsBackWithTheEnterpriseTheGradeAndTheCreditLine() throws IOException {
        List<StoredRating> history = fixture.history();
        RatingReport report = fixture.report(history, Locale.SIMPLIFIED_CHINESE);
        byte[] bytes = pdf.render(report, Locale.SIMPLIFIED_CHINESE);
        Files.write(Path.of("target", "rating-report-sample.pdf"), bytes);

        String text = text(bytes);
        RatingReport.Rating rating = report.rating();
        assertThat(rating.grade()).isIn(Grade.B, Grade.C);
        assertThat(text).contains(compact(ReportFixture.NAME), "91510104MA6CM0042X", compact("四川省成都市锦江区"),
                compact("信息传输、软件和信息技术服务业"), "2016-03-18", compact("等级融资报告"),
                compact("查看依据：本企业查看自己的评价报告"));
        assertThat(text).contains(compact(rating.creditLine()), compact(rating.grade().name() + " 级"),
                compact(rating.completeness()), compact("第 1 版"), rating.asOf().toString());
        assertThat(rating.creditLine()).matches("\\d+–\\d+ 万元");
        assertThat(text).contains(compact("高新技术企业（有效期至 2026-11-30）"), compact("科技型中小企业（长期有效）"))
                .doesNotContain(compact("有效期至 2023-12-31"));
    }

    @Test
    void everyReasonStrengthAndLiftStepIsPrintedExactly() throws IOException {
        RatingReport report = fixture.report(fixture.history(), Locale.SIMPLIFIED_CHINESE);
        String text = text(pdf.render(report, Locale.SIMPLIFIED_CHINESE));
        RatingReport.Rating rating = report.rating();
        assertThat(rating.costs()).hasSize(RatingSection.COSTS);
        assertThat(rating.strengths()).isNotEmpty();
        assertThat(rating.lift().steps()).isNotEmpty();
        List<String> expected = new ArrayList<>();
        rating.costs().forEach(cost -> expected.add(cost.message()));
        rating.strengths().forEach(strength -> expected.add(strength.name() + "：" + strength.value()));
        expected.addAll(rating.lift().steps());
        expected.add(rating.lift().heading());
        rating.dimensions().forEach(axis -> expected.add(axis.name()));
        expected.forEach(line -> assertThat(text).contains(compact(line)));
    }

    @Test
    void aKnockOutIsNamedInPlainWords() throws IOException {
        StoredRating knocked = fixture.stored(7, fixture.knockedOut(), java.time.LocalDate.of(2026, 5, 19), Grade.B);
        RatingReport report = fixture.report(List.of(knocked), Locale.SIMPLIFIED_CHINESE);
        String text = text(pdf.render(report, Locale.SIMPLIFIED_CHINESE));
        assertThat(report.rating().grade()).isEqualTo(Grade.D);
        assertThat(text).contains(compact("被列为失信被执行人，一票否决"), compact("暂无授信额度"),
                compact("消除一票否决：将失信被执行人由 是 调整为 否"));
    }

    @Test
    void anEnterpriseNeverRatedGetsItsFactsAndANotice() throws IOException {
        RatingReport report = fixture.report(List.of(), Locale.SIMPLIFIED_CHINESE);
        String text = text(pdf.render(report, Locale.SIMPLIFIED_CHINESE));
        assertThat(text).contains(compact(ReportFixture.NAME), compact("该企业尚未评价"));
    }

    @Test
    void theEnglishReportIsEnglish() throws IOException {
        RatingReport report = fixture.report(fixture.history(), Locale.ENGLISH);
        byte[] bytes = pdf.render(report, Locale.ENGLISH);
        Files.write(Path.of("target", "rating-report-sample-en.pdf"), bytes);
        String text = text(bytes);
        assertThat(text).contains(compact("Rating and financing report"), compact("Where points were lost"),
                compact(ReportFixture.NAME));
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndThePdfStaysSmall() throws IOException {
        byte[] bytes = pdf.render(fixture.report(fixture.history(), Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("NotoSansSC");
        }
        assertThat(bytes.length).as("PDF bytes").isLessThan(400_000);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return compact(new PDFTextStripper().getText(document));
        }
    }

    /** Without white space: a line that wraps in the PDF still reads as one string. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
