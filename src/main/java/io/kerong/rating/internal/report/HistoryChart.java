package io.kerong.rating.internal.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The history of grades (等级历史) drawn with PDF vector graphics: the total score of each rating, oldest on the left,
 * each point coloured and lettered by its grade, over dashed lines at the grade cut-offs.
 */
final class HistoryChart {

    private static final float LEFT = 26;
    private static final float RIGHT = 34;
    private static final float BOTTOM = 18;
    private static final float TOP = 12;
    private static final int MAX_DATE_LABELS = 8;

    private final PdfStyle style;

    HistoryChart(PdfStyle style) {
        this.style = style;
    }

    void draw(PdfTemplate canvas, List<RatingReport.HistoryPoint> points, List<RatingReport.CutOff> cutOffs,
              BigDecimal maxTotal, float width, float height) {
        Plot plot = new Plot(LEFT, BOTTOM, width - LEFT - RIGHT, height - BOTTOM - TOP, maxTotal.floatValue(),
                points.size());
        axes(canvas, plot);
        cutOffs.forEach(cutOff -> cutOffLine(canvas, plot, cutOff));
        line(canvas, plot, points);
        boolean letterEach = points.size() <= 16;
        int step = Math.max(1, (int) Math.ceil(points.size() / (double) MAX_DATE_LABELS));
        for (int i = 0; i < points.size(); i++) {
            RatingReport.HistoryPoint point = points.get(i);
            boolean changed = i == 0 || point.grade() != points.get(i - 1).grade();
            dot(canvas, plot, i, point, letterEach || changed);
            if (dateLabelled(i, points.size(), step)) {
                text(canvas, point.asOf().toString(), Element.ALIGN_CENTER, plot.x(i), 5, 7, PdfStyle.MUTED);
            }
        }
    }

    /** Every {@code step}-th date, and the last one when it does not crowd the one before. */
    private static boolean dateLabelled(int i, int count, int step) {
        if (i % step == 0) {
            return true;
        }
        return i == count - 1 && i % step >= (step + 1) / 2;
    }

    private void axes(PdfTemplate canvas, Plot plot) {
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(plot.left, plot.bottom);
        canvas.lineTo(plot.left + plot.width, plot.bottom);
        canvas.stroke();
        canvas.restoreState();
        int step = plot.max > 50 ? 20 : 10;
        for (int v = 0; v <= plot.max; v += step) {
            text(canvas, String.valueOf(v), Element.ALIGN_RIGHT, plot.left - 4, plot.y(v) - 2.5f, 7, PdfStyle.MUTED);
        }
    }

    private void cutOffLine(PdfTemplate canvas, Plot plot, RatingReport.CutOff cutOff) {
        float y = plot.y(cutOff.minScore().floatValue());
        Color color = PdfStyle.gradeColor(cutOff.grade());
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(0.6f);
        canvas.setLineDash(3, 2);
        canvas.moveTo(plot.left, y);
        canvas.lineTo(plot.left + plot.width, y);
        canvas.stroke();
        canvas.restoreState();
        text(canvas, cutOff.grade().name() + " ≥" + Numbers.plain(cutOff.minScore()), Element.ALIGN_LEFT,
                plot.left + plot.width + 3, y - 2.5f, 7, color);
    }

    private void line(PdfTemplate canvas, Plot plot, List<RatingReport.HistoryPoint> points) {
        if (points.size() < 2) {
            return;
        }
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.BRAND);
        canvas.setLineWidth(1.4f);
        for (int i = 0; i < points.size(); i++) {
            float y = plot.y(points.get(i).totalScore().floatValue());
            if (i == 0) {
                canvas.moveTo(plot.x(i), y);
            } else {
                canvas.lineTo(plot.x(i), y);
            }
        }
        canvas.stroke();
        canvas.restoreState();
    }

    private void dot(PdfTemplate canvas, Plot plot, int i, RatingReport.HistoryPoint point, boolean lettered) {
        float x = plot.x(i);
        float y = plot.y(point.totalScore().floatValue());
        Color color = PdfStyle.gradeColor(point.grade());
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.circle(x, y, 3);
        canvas.fill();
        canvas.restoreState();
        if (lettered) {
            // a white patch keeps the letter readable where it crosses a cut-off line
            canvas.saveState();
            canvas.setColorFill(Color.WHITE);
            canvas.rectangle(x - 3.5f, y + 4.5f, 7, 8);
            canvas.fill();
            canvas.restoreState();
            text(canvas, point.grade().name(), Element.ALIGN_CENTER, x, y + 5.5f, 8.5f, color);
        }
    }

    private void text(PdfTemplate canvas, String text, int align, float x, float y, float size, Color color) {
        canvas.beginText();
        canvas.setFontAndSize(style.base, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }

    /** The plot area: points spread evenly across, scores from 0 to the model's maximum upwards. */
    private record Plot(float left, float bottom, float width, float height, float max, int count) {

        float x(int i) {
            return count == 1 ? left + width / 2 : left + 10 + (width - 20) * i / (count - 1);
        }

        float y(float score) {
            return bottom + height * Math.min(score, max) / max;
        }
    }
}
