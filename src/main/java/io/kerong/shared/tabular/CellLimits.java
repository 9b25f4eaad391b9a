package io.kerong.shared.tabular;

import io.kerong.shared.Violation;
import java.util.Optional;

/**
 * What no cell of an uploaded file may hold, whatever the import: a NUL character (PostgreSQL cannot store it) or more
 * than {@link #MAX_LENGTH} characters (more than a spreadsheet cell holds; a number cell of a megabyte would otherwise
 * be parsed). Such a row is one row error; the value is shown shortened.
 */
public final class CellLimits {

    /** Excel's own limit for one cell. */
    public static final int MAX_LENGTH = 32_767;
    /** How much of a refused value an error report repeats. */
    public static final int SHOWN = 200;

    private CellLimits() {
    }

    /** The first refused cell of a row as a row error under its column's header, if any. */
    public static Optional<Violation> refused(int row, String[] headers, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell == null) {
                continue;
            }
            String key = cell.indexOf('\u0000') >= 0 ? "text.nul" : cell.length() > MAX_LENGTH ? "text.tooLong" : null;
            if (key != null) {
                String header = headers != null && i < headers.length && headers[i] != null ? headers[i].strip()
                        : "#" + (i + 1);
                return Optional.of(Violation.atRow(row, header, shown(cell), key, MAX_LENGTH));
            }
        }
        return Optional.empty();
    }

    /** A value as a report may repeat it: without NUL, at most {@link #SHOWN} characters. */
    public static String shown(String value) {
        if (value == null) {
            return null;
        }
        String cut = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        return cut.indexOf('\u0000') >= 0 ? cut.replace('\u0000', '\uFFFD') : cut;
    }
}
