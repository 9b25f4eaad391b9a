package io.kerong.rating.internal.report;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** The history of grades: the chart of every kept rating's score, then the table of grade changes. */
final class PdfHistory {

    private final Document document;
    private final PdfWriter writer;
    private final PdfStyle style;
    private final PdfBlocks blocks;
    private final RatingReportPdf.Texts texts;

    PdfHistory(Document document, PdfWriter writer, PdfStyle style, PdfBlocks blocks, RatingReportPdf.Texts texts) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.blocks = blocks;
        this.texts = texts;
    }

    void write(RatingReport report, float chartHeight) throws DocumentException {
        if (report.history().isEmpty()) {
            document.add(blocks.line(texts.get("ratingreport.history.none"), style.body));
            return;
        }
        float width = document.right() - document.left();
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, chartHeight);
        new HistoryChart(style).draw(canvas, report.history(), report.cutOffs(), report.rating().maxTotal(), width,
                chartHeight);
        PdfPTable chart = blocks.table(1f);
        PdfPCell cell = blocks.holder();
        cell.addElement(new Phrase(texts.get("ratingreport.history.chart"), style.label));
        cell.addElement(Image.getInstance(canvas));
        chart.addCell(cell);
        chart.setKeepTogether(true);
        document.add(chart);
        document.add(changes(report));
    }

    private PdfPTable changes(RatingReport report) {
        PdfPTable table = blocks.table(1.4f, 1f, 1f);
        table.setSpacingBefore(6);
        table.setHeaderRows(2);
        PdfPCell caption = blocks.plain(new Phrase(texts.get("ratingreport.history.changes"), style.label));
        caption.setColspan(3);
        table.addCell(caption);
        table.addCell(blocks.label(texts.get("ratingreport.history.date")));
        table.addCell(blocks.label(texts.get("ratingreport.history.grade")));
        table.addCell(blocks.label(texts.get("ratingreport.history.score")));
        for (RatingReport.HistoryPoint point : report.gradeChanges()) {
            table.addCell(blocks.value(point.asOf().toString()));
            table.addCell(blocks.value(texts.get("rating.grade." + point.grade().name()),
                    style.figure(9.5f, PdfStyle.gradeColor(point.grade()))));
            table.addCell(PdfSections.right(blocks.value(Numbers.plain(point.totalScore()))));
        }
        return table;
    }
}
