package io.kerong.rating.internal.results;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** One row of PostgreSQL's COPY text format: tab between fields, {@code \N} for null, backslash escapes. */
final class CopyLine {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    private boolean first = true;

    CopyLine(Writer out) {
        this.out = out;
    }

    CopyLine text(String value) throws IOException {
        separate();
        if (value == null) {
            out.write("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
        return this;
    }

    /** Numbers, dates and other values whose text never needs escaping. */
    CopyLine plain(Object value) throws IOException {
        separate();
        out.write(value == null ? "\\N" : value instanceof BigDecimal number ? number.toPlainString()
                : value.toString());
        return this;
    }

    CopyLine bytes(byte[] value) throws IOException {
        separate();
        out.write("\\\\x");
        for (byte b : value) {
            out.write(HEX[(b >> 4) & 0xF]);
            out.write(HEX[b & 0xF]);
        }
        return this;
    }

    void end() throws IOException {
        out.write('\n');
        first = true;
    }

    private void separate() throws IOException {
        if (!first) {
            out.write('\t');
        }
        first = false;
    }
}
