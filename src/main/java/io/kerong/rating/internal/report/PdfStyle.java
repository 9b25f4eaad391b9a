package io.kerong.rating.internal.report;

import io.kerong.rating.Grade;
import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** Fonts and colours of the PDF report: the platform's blue, a colour per grade, greys for secondary text. */
final class PdfStyle {

    static final Color BRAND = new Color(0x1f, 0x4e, 0x8c);
    static final Color BRAND_LIGHT = new Color(0xee, 0xf3, 0xfa);
    static final Color TEXT = new Color(0x21, 0x25, 0x29);
    static final Color MUTED = new Color(0x6c, 0x75, 0x7d);
    static final Color RULE = new Color(0xce, 0xd4, 0xda);
    static final Color GRID = new Color(0xde, 0xe2, 0xe6);
    static final Color ALERT = new Color(0xb0, 0x2a, 0x37);
    static final Color ALERT_LIGHT = new Color(0xfb, 0xea, 0xec);
    static final Color GOOD = new Color(0x19, 0x87, 0x54);

    final BaseFont base;
    final Font title;
    final Font subtitle;
    final Font heading;
    final Font label;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font alert;
    final Font good;

    PdfStyle(BaseFont base) {
        this.base = base;
        this.title = new Font(base, 20, Font.BOLD, BRAND);
        this.subtitle = new Font(base, 10, Font.NORMAL, MUTED);
        this.heading = new Font(base, 12, Font.BOLD, BRAND);
        this.label = new Font(base, 9, Font.NORMAL, MUTED);
        this.body = new Font(base, 9.5f, Font.NORMAL, TEXT);
        this.bodyBold = new Font(base, 9.5f, Font.BOLD, TEXT);
        this.small = new Font(base, 7.5f, Font.NORMAL, MUTED);
        this.alert = new Font(base, 9.5f, Font.NORMAL, ALERT);
        this.good = new Font(base, 9.5f, Font.NORMAL, GOOD);
    }

    Font figure(float size, Color color) {
        return new Font(base, size, Font.BOLD, color);
    }

    static Color gradeColor(Grade grade) {
        return switch (grade) {
            case A -> GOOD;
            case B -> BRAND;
            case C -> new Color(0xb3, 0x6b, 0x00);
            case D -> ALERT;
        };
    }
}
