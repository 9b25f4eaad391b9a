package io.kerong.rating.internal.report;

import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** The sections of the PDF report in reading order; a report without a rating shows the facts and a notice. */
final class PdfSections {

    private static final float RADAR_WIDTH = 260;
    private static final float RADAR_HEIGHT = 200;
    private static final float HISTORY_HEIGHT = 150;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStyle style;
    private final PdfBlocks blocks;
    private final RatingReportPdf.Texts texts;

    PdfSections(Document document, PdfWriter writer, PdfStyle style, RatingReportPdf.Texts texts) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.blocks = new PdfBlocks(style);
        this.texts = texts;
    }

    void write(RatingReport report) throws DocumentException {
        RatingReportPdf.header(document, style, blocks, texts, report);
        enterprise(report.enterprise());
        if (!report.rated()) {
            document.add(blocks.heading(texts.get("ratingreport.section.result")));
            document.add(blocks.box(new Phrase(texts.get("ratingreport.notRated"), style.body),
                    PdfStyle.BRAND_LIGHT, PdfStyle.RULE));
            return;
        }
        RatingReport.Rating rating = report.rating();
        new PdfResult(document, writer, style, blocks, texts).write(rating);
        dimensions(rating);
        knockOuts(rating);
        costs(rating);
        strengths(rating);
        lift(rating);
        history(report);
    }

    private void enterprise(RatingReport.Facts facts) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.enterprise")));
        PdfPTable table = blocks.table(1.3f, 2.2f, 1.1f, 2.2f);
        table.addCell(blocks.label(texts.get("ratingreport.enterprise.name")));
        table.addCell(span(blocks.value(facts.name(), style.bodyBold), 3));
        table.addCell(blocks.label(texts.get("ratingreport.enterprise.uscc")));
        table.addCell(blocks.value(facts.uscc()));
        table.addCell(blocks.label(texts.get("ratingreport.enterprise.founded")));
        table.addCell(blocks.value(facts.foundedOn()));
        table.addCell(blocks.label(texts.get("ratingreport.enterprise.region")));
        table.addCell(blocks.value(facts.region()));
        table.addCell(blocks.label(texts.get("ratingreport.enterprise.industry")));
        table.addCell(blocks.value(facts.industry()));
        table.addCell(blocks.label(texts.get("ratingreport.enterprise.qualifications")));
        table.addCell(span(blocks.value(facts.qualifications().isEmpty()
                ? texts.get("ratingreport.enterprise.noQualifications")
                : String.join(texts.get("ratingreport.list.separator"), facts.qualifications())), 3));
        document.add(table);
    }

    private void dimensions(RatingReport.Rating rating) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.dimensions")));
        PdfTemplate radar = writer.getDirectContent().createTemplate(RADAR_WIDTH, RADAR_HEIGHT);
        new RadarChart(style).draw(radar, rating.dimensions(), RADAR_WIDTH, RADAR_HEIGHT);
        PdfPTable layout = blocks.table(1.05f, 1f);
        PdfPCell chart = blocks.holder();
        chart.addElement(Image.getInstance(radar));
        layout.addCell(chart);
        PdfPTable scores = blocks.table(1.4f, 1f, 1f, 1f);
        for (String key : List.of("name", "score", "max", "rate")) {
            scores.addCell(blocks.label(texts.get("ratingreport.dimension." + key)));
        }
        for (RatingReport.Axis axis : rating.dimensions()) {
            scores.addCell(blocks.value(axis.name()));
            scores.addCell(right(blocks.value(Numbers.plain(axis.score()), style.bodyBold)));
            scores.addCell(right(blocks.value(Numbers.plain(axis.max()))));
            scores.addCell(right(blocks.value(Math.round(axis.ratio() * 100) + "%")));
        }
        PdfPCell table = blocks.holder();
        table.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addElement(scores);
        layout.addCell(table);
        layout.setKeepTogether(true);
        document.add(layout);
    }

    private void knockOuts(RatingReport.Rating rating) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.knockOuts")));
        if (rating.knockOuts().isEmpty()) {
            document.add(blocks.line("✓ " + texts.get("ratingreport.knockOuts.none"), style.good));
            return;
        }
        Phrase phrase = new Phrase(texts.get("ratingreport.knockOuts.lead"), style.alert);
        rating.knockOuts().forEach(text -> phrase.add(new Chunk("\n• " + text, style.alert)));
        document.add(blocks.box(phrase, PdfStyle.ALERT_LIGHT, PdfStyle.ALERT));
    }

    private void costs(RatingReport.Rating rating) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.costs")));
        if (rating.costs().isEmpty()) {
            document.add(blocks.line(texts.get("ratingreport.costs.none"), style.body));
            return;
        }
        PdfPTable table = blocks.table(0.35f, 6f, 1.1f);
        int n = 1;
        for (RatingReport.Cost cost : rating.costs()) {
            table.addCell(blocks.value(String.valueOf(n++), style.label));
            table.addCell(blocks.value(cost.message()));
            table.addCell(right(blocks.value(texts.get("ratingreport.costs.lost", Numbers.plain(cost.lost())),
                    style.alert)));
        }
        document.add(table);
    }

    private void strengths(RatingReport.Rating rating) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.strengths")));
        if (rating.strengths().isEmpty()) {
            document.add(blocks.line(texts.get("ratingreport.strengths.none"), style.body));
        }
        for (RatingReport.Strength strength : rating.strengths()) {
            document.add(blocks.item("✓ ", texts.get("ratingreport.strengths.item", strength.name(), strength.value(),
                    Numbers.plain(strength.points())), style.body));
        }
    }

    private void lift(RatingReport.Rating rating) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.lift")));
        document.add(blocks.line(rating.lift().heading(), rating.lift().steps().isEmpty() ? style.body : style.bodyBold));
        int n = 1;
        for (String step : rating.lift().steps()) {
            document.add(blocks.item(n++ + ". ", step, style.body));
        }
    }

    private void history(RatingReport report) throws DocumentException {
        document.add(blocks.heading(texts.get("ratingreport.section.history")));
        new PdfHistory(document, writer, style, blocks, texts).write(report, HISTORY_HEIGHT);
    }

    private static PdfPCell span(PdfPCell cell, int columns) {
        cell.setColspan(columns);
        return cell;
    }

    static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
