package io.kerong.rating.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.stereotype.Component;

/**
 * The CJK font the PDF reports embed (Noto Sans SC, a GB 2312 subset shipped under {@code fonts/}, OFL): the
 * server's own fonts are never used, so a report reads the same on a bare machine. The file is read once; every
 * document gets its own {@link BaseFont}, since OpenPDF keeps per-font state while it writes, and embeds only the
 * glyphs it used.
 */
@Component
public class ReportFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular-subset.ttf";

    private final byte[] bytes;

    public ReportFont() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + RESOURCE);
            }
            this.bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh font for one document: Unicode (Identity-H), embedded as a subset. */
    BaseFont newBaseFont() {
        try {
            return BaseFont.createFont("NotoSansSC-Regular-subset.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot read the report font " + RESOURCE, e);
        }
    }
}
