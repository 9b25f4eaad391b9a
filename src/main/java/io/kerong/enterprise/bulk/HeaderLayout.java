package io.kerong.enterprise.bulk;

import io.kerong.shared.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each column of an import kind sits in a file, read from the header row. Columns may come in any order and
 * optional ones may be missing; an unknown, repeated or missing required header is reported with the header row's number.
 */
final class HeaderLayout {

    private final ImportKind kind;
    /** For each column of the kind, its position in the file, or -1 when the file lacks it. */
    private final int[] positions;
    /** For each column of the kind, the header as the file spells it (the Chinese one when the file lacks it). */
    private final String[] headers;
    private final List<Violation> violations;

    private HeaderLayout(ImportKind kind, int[] positions, String[] headers, List<Violation> violations) {
        this.kind = kind;
        this.positions = positions;
        this.headers = headers;
        this.violations = violations;
    }

    static HeaderLayout read(ImportKind kind, int rowNumber, String[] headers) {
        int[] positions = new int[kind.columns().size()];
        Arrays.fill(positions, -1);
        String[] names = kind.columns().stream().map(ImportColumn::chinese).toArray(String[]::new);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            String header = headers[i] == null ? "" : headers[i].replace("\uFEFF", "").strip();
            if (header.isEmpty()) {
                continue;
            }
            int column = indexOf(kind, header);
            if (column < 0) {
                violations.add(Violation.atRow(rowNumber, header, header, "registryimport.header.unknown"));
            } else if (positions[column] >= 0) {
                violations.add(Violation.atRow(rowNumber, header, header, "registryimport.header.repeated"));
            } else {
                positions[column] = i;
                names[column] = header;
            }
        }
        for (int c = 0; c < positions.length; c++) {
            ImportColumn column = kind.column(c);
            if (column.required() && positions[c] < 0) {
                violations.add(Violation.atRow(rowNumber, column.chinese(), null, "registryimport.header.missing"));
            }
        }
        return new HeaderLayout(kind, positions, names, List.copyOf(violations));
    }

    private static int indexOf(ImportKind kind, String header) {
        for (int c = 0; c < kind.columns().size(); c++) {
            if (kind.column(c).matches(header)) {
                return c;
            }
        }
        return -1;
    }

    List<Violation> violations() {
        return violations;
    }

    boolean valid() {
        return violations.isEmpty();
    }

    /** The row's cells in the kind's column order, blank cells and missing columns as null, values stripped. */
    String[] arrange(String[] cells) {
        String[] values = new String[positions.length];
        for (int c = 0; c < positions.length; c++) {
            int p = positions[c];
            if (p >= 0 && p < cells.length && cells[p] != null) {
                String v = cells[p].strip();
                values[c] = v.isEmpty() ? null : v;
            }
        }
        return values;
    }

    String header(int column) {
        return headers[column];
    }

    /** The column of the kind that a registry field name ({@code foundedOn}, {@code revenue}, ...) belongs to. */
    int columnOf(String field) {
        for (int c = 0; c < positions.length; c++) {
            if (kind.column(c).english().equals(field)) {
                return c;
            }
        }
        return 0;
    }

    ImportKind kind() {
        return kind;
    }
}
