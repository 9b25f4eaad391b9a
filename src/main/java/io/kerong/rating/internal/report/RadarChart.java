package io.kerong.rating.internal.report;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The radar of the dimensions (维度雷达图) drawn with PDF vector graphics: one axis per dimension, first at the top and
 * anticlockwise as ECharts draws it on the page, each scaled to the dimension's maximum, with rings at 25 % steps and
 * the score's polygon filled.
 */
final class RadarChart {

    private static final float LABEL_GAP = 8;
    private static final float NAME_SIZE = 9.5f;
    private static final float SCORE_SIZE = 8;

    private final PdfStyle style;

    RadarChart(PdfStyle style) {
        this.style = style;
    }

    void draw(PdfTemplate canvas, List<RatingReport.Axis> axes, float width, float height) {
        int n = axes.size();
        if (n < 3) {
            return;
        }
        float cx = width / 2;
        float cy = height / 2 - 2;
        float radius = Math.min(width / 2 - sideLabelWidth(axes) - LABEL_GAP - 2, height / 2 - 32);
        grid(canvas, n, cx, cy, radius);
        scorePolygon(canvas, axes, cx, cy, radius);
        labels(canvas, axes, cx, cy, radius);
    }

    /** The widest label beside the chart (name or score of an axis pointing left or right). */
    private float sideLabelWidth(List<RatingReport.Axis> axes) {
        float widest = 0;
        for (int i = 0; i < axes.size(); i++) {
            if (Math.abs(Math.cos(angle(i, axes.size()))) >= 0.2) {
                RatingReport.Axis axis = axes.get(i);
                widest = Math.max(widest, Math.max(style.base.getWidthPoint(axis.name(), NAME_SIZE),
                        style.base.getWidthPoint(scoreLabel(axis), SCORE_SIZE)));
            }
        }
        return widest;
    }

    private static String scoreLabel(RatingReport.Axis axis) {
        return Numbers.plain(axis.score()) + " / " + Numbers.plain(axis.max());
    }

    private static double angle(int i, int n) {
        return Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static float x(float cx, double angle, float r) {
        return (float) (cx + r * Math.cos(angle));
    }

    private static float y(float cy, double angle, float r) {
        return (float) (cy + r * Math.sin(angle));
    }

    private void grid(PdfTemplate canvas, int n, float cx, float cy, float radius) {
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.GRID);
        canvas.setLineWidth(0.6f);
        for (int ring = 1; ring <= 4; ring++) {
            float r = radius * ring / 4;
            for (int i = 0; i <= n; i++) {
                double a = angle(i % n, n);
                if (i == 0) {
                    canvas.moveTo(x(cx, a, r), y(cy, a, r));
                } else {
                    canvas.lineTo(x(cx, a, r), y(cy, a, r));
                }
            }
            canvas.stroke();
        }
        for (int i = 0; i < n; i++) {
            canvas.moveTo(cx, cy);
            canvas.lineTo(x(cx, angle(i, n), radius), y(cy, angle(i, n), radius));
        }
        canvas.stroke();
        canvas.restoreState();
    }

    private void scorePolygon(PdfTemplate canvas, List<RatingReport.Axis> axes, float cx, float cy, float radius) {
        int n = axes.size();
        canvas.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.22f);
        canvas.setGState(translucent);
        canvas.setColorFill(PdfStyle.BRAND);
        canvas.setColorStroke(PdfStyle.BRAND);
        canvas.setLineWidth(1.6f);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            float r = (float) (radius * axes.get(i).ratio());
            if (i == 0) {
                canvas.moveTo(x(cx, a, r), y(cy, a, r));
            } else {
                canvas.lineTo(x(cx, a, r), y(cy, a, r));
            }
        }
        canvas.closePathFillStroke();
        canvas.restoreState();
        canvas.saveState();
        canvas.setColorFill(PdfStyle.BRAND);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            float r = (float) (radius * axes.get(i).ratio());
            canvas.circle(x(cx, a, r), y(cy, a, r), 2.2f);
            canvas.fill();
        }
        canvas.restoreState();
    }

    private void labels(PdfTemplate canvas, List<RatingReport.Axis> axes, float cx, float cy, float radius) {
        int n = axes.size();
        for (int i = 0; i < n; i++) {
            RatingReport.Axis axis = axes.get(i);
            double a = angle(i, n);
            float lx = x(cx, a, radius + LABEL_GAP);
            float ly = y(cy, a, radius + LABEL_GAP);
            double cos = Math.cos(a);
            int align = Math.abs(cos) < 0.2 ? Element.ALIGN_CENTER : cos > 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
            double sin = Math.sin(a);
            float nameY = sin > 0.2 ? ly + 9 : sin < -0.2 ? ly - 9 : ly + 1;
            text(canvas, axis.name(), align, lx, nameY, NAME_SIZE, PdfStyle.TEXT);
            text(canvas, scoreLabel(axis), align, lx, nameY - 11, SCORE_SIZE, PdfStyle.MUTED);
        }
    }

    private void text(PdfContentByte canvas, String text, int align, float x, float y, float size,
                      java.awt.Color color) {
        canvas.beginText();
        canvas.setFontAndSize(style.base, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }
}
