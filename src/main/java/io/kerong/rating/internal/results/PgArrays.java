package io.kerong.rating.internal.results;

import java.math.BigDecimal;

/**
 * PostgreSQL array literals ({@code {"2025",NULL}}) for text and numeric arrays: one literal per array lets a result
 * travel as a plain string in an ordinary statement and in COPY alike, without a driver array per column.
 */
final class PgArrays {

    private PgArrays() {
    }

    static String texts(String[] values) {
        StringBuilder out = new StringBuilder(values.length * 8 + 2).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendText(out, values[i]);
        }
        return out.append('}').toString();
    }

    static String numbers(BigDecimal[] values) {
        StringBuilder out = new StringBuilder(values.length * 6 + 2).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i] == null ? "NULL" : values[i].toPlainString());
        }
        return out.append('}').toString();
    }

    /** Quoted always, so that a text such as {@code NULL} or one with a comma stays what it is. */
    private static void appendText(StringBuilder out, String value) {
        if (value == null) {
            out.append("NULL");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
