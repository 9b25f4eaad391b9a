package io.kerong.shared.tabular;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows in PostgreSQL's COPY CSV format: null as an empty unquoted field, text always quoted (so an empty string
 * would stay distinct from null, and commas, quotes and line breaks in names pass through).
 */
public final class CsvLine {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    public CsvLine(Writer out) {
        this.out = out;
    }

    public CsvLine text(String value) {
        separate();
        if (value != null) {
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        }
        return this;
    }

    /** A number, date or other value whose text form needs no quoting. */
    public CsvLine plain(Object value) {
        separate();
        if (value != null) {
            line.append(value);
        }
        return this;
    }

    public void end() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        first = true;
    }

    private void separate() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }
}
