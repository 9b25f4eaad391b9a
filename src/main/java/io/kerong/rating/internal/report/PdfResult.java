package io.kerong.rating.internal.report;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** The result at a glance (评价结论): the grade as a badge, then score, credit line, completeness, model and dates. */
final class PdfResult {

    private static final float BADGE = 86;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStyle style;
    private final PdfBlocks blocks;
    private final RatingReportPdf.Texts texts;

    PdfResult(Document document, PdfWriter writer, PdfStyle style, PdfBlocks blocks, RatingReportPdf.Texts texts) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.blocks = blocks;
        this.texts = texts;
    }

    void write(RatingReport.Rating rating) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.result")));
        PdfPTable layout = blocks.table(1f, 4.2f);
        PdfPCell badge = blocks.holder();
        badge.addElement(Image.getInstance(badge(rating)));
        badge.setVerticalAlignment(Element.ALIGN_MIDDLE);
        layout.addCell(badge);
        PdfPTable figures = blocks.table(1f, 2.3f, 0.9f, 1.4f);
        Color gradeColor = PdfStyle.gradeColor(rating.grade());
        figures.addCell(blocks.label(texts.get("ratingreport.totalScore")));
        figures.addCell(blocks.value(texts.get("ratingreport.score", Numbers.plain(rating.totalScore()),
                Numbers.plain(rating.maxTotal())), style.figure(12, gradeColor)));
        figures.addCell(blocks.label(texts.get("ratingreport.creditLine")));
        figures.addCell(blocks.value(rating.creditLine(), style.figure(11, PdfStyle.TEXT)));
        figures.addCell(blocks.label(texts.get("ratingreport.completeness")));
        figures.addCell(blocks.value(rating.completeness()));
        figures.addCell(blocks.label(texts.get("ratingreport.model")));
        figures.addCell(blocks.value(texts.get("ratingreport.model.value", rating.modelVersion())));
        figures.addCell(blocks.label(texts.get("ratingreport.asOf")));
        figures.addCell(blocks.value(rating.asOf().toString()));
        figures.addCell(blocks.label(texts.get("ratingreport.ratedAt")));
        figures.addCell(blocks.value(rating.ratedAt()));
        PdfPCell right = blocks.holder();
        right.setVerticalAlignment(Element.ALIGN_MIDDLE);
        right.addElement(figures);
        layout.addCell(right);
        layout.setKeepTogether(true);
        document.add(layout);
    }

    /** A rounded square in the grade's colour with the letter, and the words 信用等级 below. */
    private PdfTemplate badge(RatingReport.Rating rating) {
        PdfTemplate badge = writer.getDirectContent().createTemplate(BADGE, BADGE);
        Color color = PdfStyle.gradeColor(rating.grade());
        badge.saveState();
        badge.setColorFill(color);
        badge.roundRectangle(4, 4, BADGE - 8, BADGE - 8, 10);
        badge.fill();
        badge.restoreState();
        badge.beginText();
        badge.setColorFill(Color.WHITE);
        badge.setFontAndSize(style.base, 44);
        badge.setTextRenderingMode(PdfTemplate.TEXT_RENDER_MODE_FILL_STROKE);
        badge.setColorStroke(Color.WHITE);
        badge.setLineWidth(2f);
        badge.showTextAligned(Element.ALIGN_CENTER, rating.grade().name(), BADGE / 2, 30, 0);
        badge.setTextRenderingMode(PdfTemplate.TEXT_RENDER_MODE_FILL);
        badge.setFontAndSize(style.base, 9);
        badge.showTextAligned(Element.ALIGN_CENTER, texts.get("ratingreport.grade"), BADGE / 2, 13, 0);
        badge.endText();
        return badge;
    }
}
