package io.kerong.rating.internal.report;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the rating report (等级融资报告) as an A4 PDF with OpenPDF: text in the embedded Noto Sans SC subset, the
 * radar and the history drawn as vector graphics, so no browser is needed. The page and the PDF show the same
 * {@link RatingReport}.
 */
@Component
public class RatingReportPdf {

    static final float MARGIN = 42;

    private final ReportFont font;
    private final MessageSource messages;

    public RatingReportPdf(ReportFont font, MessageSource messages) {
        this.font = font;
        this.messages = messages;
    }

    public byte[] render(RatingReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfStyle style = new PdfStyle(font.newBaseFont());
        Texts texts = new Texts(messages, locale);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 16);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfFooter(style, texts.get("ratingreport.disclaimer"), texts));
            document.addTitle(texts.get("ratingreport.title") + " · " + report.enterprise().name());
            document.addCreator("Kerong");
            document.open();
            new PdfSections(document, writer, style, texts).write(report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the rating report of enterprise "
                    + report.enterprise().id(), e);
        }
        return out.toByteArray();
    }

    /** The header: title, the enterprise's name, when it was generated, and on which ground the reader sees it. */
    static void header(Document document, PdfStyle style, PdfBlocks blocks, Texts texts, RatingReport report)
            throws DocumentException {
        PdfPTable table = blocks.table(3f, 2f);
        PdfPCell title = blocks.plain(new Phrase(texts.get("ratingreport.title"), style.title));
        title.setPaddingBottom(2);
        table.addCell(title);
        PdfPCell generated = blocks.plain(new Phrase(texts.get("ratingreport.generatedAt", report.generatedAt()),
                style.small));
        generated.setHorizontalAlignment(Element.ALIGN_RIGHT);
        generated.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(generated);
        PdfPCell subtitle = blocks.plain(new Phrase(report.enterprise().name() + " · "
                + texts.get("ratingreport.subtitle"), style.subtitle));
        subtitle.setColspan(2);
        subtitle.setBorder(Rectangle.BOTTOM);
        subtitle.setBorderColor(PdfStyle.BRAND);
        subtitle.setBorderWidthBottom(1.5f);
        subtitle.setPaddingBottom(8);
        table.addCell(subtitle);
        table.setSpacingAfter(8);
        document.add(table);
        document.add(blocks.box(new Phrase(texts.get("ratingreport.ground.line", texts.get("ratingreport.ground.label"),
                report.ground()), style.body), PdfStyle.BRAND_LIGHT, PdfStyle.BRAND_LIGHT));
    }

    /** Message lookup in the reader's language. */
    record Texts(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
