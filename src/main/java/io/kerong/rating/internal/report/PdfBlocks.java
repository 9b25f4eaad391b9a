package io.kerong.rating.internal.report;

import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The building blocks of the PDF report: section headings, label / value cells, boxes and lists. */
final class PdfBlocks {

    private final PdfStyle style;

    PdfBlocks(PdfStyle style) {
        this.style = style;
    }

    /** A section heading with a bar in the brand colour on its left. */
    PdfPTable heading(String text) {
        PdfPTable table = table(1f);
        PdfPCell cell = new PdfPCell(new Phrase(text, style.heading));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(PdfStyle.BRAND);
        cell.setPaddingLeft(7);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(3);
        table.addCell(cell);
        table.setSpacingBefore(12);
        table.setSpacingAfter(6);
        table.setKeepTogether(true);
        return table;
    }

    /** A full-width table with columns of these relative widths. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    PdfPCell label(String text) {
        PdfPCell cell = cell(new Phrase(text, style.label));
        cell.setBackgroundColor(new Color(0xf8, 0xf9, 0xfa));
        return cell;
    }

    PdfPCell value(String text) {
        return cell(new Phrase(text, style.body));
    }

    PdfPCell value(String text, Font font) {
        return cell(new Phrase(text, font));
    }

    PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(PdfStyle.GRID);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
        cell.setPaddingTop(4);
        cell.setLeading(0, 1.35f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    /** A borderless cell for elements added to it (a chart, a nested table). */
    PdfPCell holder() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    /** A shaded box with one line of text, for the viewing ground and for notices. */
    PdfPTable box(Phrase phrase, Color background, Color border) {
        PdfPTable table = table(1f);
        PdfPCell cell = plain(phrase);
        cell.setBackgroundColor(background);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(border);
        cell.setBorderWidth(0.5f);
        cell.setPadding(6);
        table.addCell(cell);
        return table;
    }

    /** A numbered or bulleted item with a hanging indent. */
    Paragraph item(String marker, String text, Font font) {
        Paragraph paragraph = new Paragraph(marker, font);
        paragraph.setLeading(0, 1.45f);
        paragraph.setIndentationLeft(14);
        paragraph.setFirstLineIndent(-14);
        paragraph.add(new Chunk(text, font));
        paragraph.setSpacingAfter(1.5f);
        return paragraph;
    }

    Paragraph line(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(0, 1.45f);
        return paragraph;
    }
}
