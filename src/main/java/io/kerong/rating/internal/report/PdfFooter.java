package io.kerong.rating.internal.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Every page ends with a rule, the disclaimer on the left and the page number on the right. */
final class PdfFooter extends PdfPageEventHelper {

    private final PdfStyle style;
    private final String disclaimer;
    private final RatingReportPdf.Texts texts;

    PdfFooter(PdfStyle style, String disclaimer, RatingReportPdf.Texts texts) {
        this.style = style;
        this.disclaimer = disclaimer;
        this.texts = texts;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float y = document.bottom() - 14;
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y + 10);
        canvas.lineTo(right, y + 10);
        canvas.stroke();
        canvas.beginText();
        canvas.setFontAndSize(style.base, 7);
        canvas.setColorFill(PdfStyle.MUTED);
        canvas.showTextAligned(Element.ALIGN_LEFT, disclaimer, left, y, 0);
        canvas.showTextAligned(Element.ALIGN_RIGHT, texts.get("ratingreport.page", writer.getPageNumber()), right, y,
                0);
        canvas.endText();
        canvas.restoreState();
    }
}
