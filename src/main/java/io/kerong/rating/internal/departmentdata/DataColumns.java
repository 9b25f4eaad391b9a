package io.kerong.rating.internal.departmentdata;

import io.kerong.shared.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The header row of a department data file: the four columns of the long format in any order, under their Chinese
 * headers (统一社会信用代码, 指标代码, 期间, 数值) or English ones (uscc, indicator, period, value; case ignored).
 */
final class DataColumns {

    static final List<String> CHINESE = List.of("统一社会信用代码", "指标代码", "期间", "数值");
    static final List<String> ENGLISH = List.of("uscc", "indicator", "period", "value");

    private final int[] positions;
    private final String[] names;
    private final List<Violation> violations;

    private DataColumns(int[] positions, String[] names, List<Violation> violations) {
        this.positions = positions;
        this.names = names;
        this.violations = violations;
    }

    static DataColumns read(int row, String[] headers) {
        int[] positions = new int[4];
        Arrays.fill(positions, -1);
        String[] names = CHINESE.toArray(String[]::new);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            String header = headers[i] == null ? "" : headers[i].replace("\uFEFF", "").strip();
            if (header.isEmpty()) {
                continue;
            }
            int column = indexOf(header);
            if (column < 0) {
                violations.add(Violation.atRow(row, header, header, "ratingdata.header.unknown"));
            } else if (positions[column] >= 0) {
                violations.add(Violation.atRow(row, header, header, "ratingdata.header.repeated"));
            } else {
                positions[column] = i;
                names[column] = header;
            }
        }
        for (int c = 0; c < 4; c++) {
            if (positions[c] < 0) {
                violations.add(Violation.atRow(row, CHINESE.get(c), null, "ratingdata.header.missing"));
            }
        }
        return new DataColumns(positions, names, List.copyOf(violations));
    }

    private static int indexOf(String header) {
        for (int c = 0; c < 4; c++) {
            if (header.equals(CHINESE.get(c)) || header.toLowerCase(Locale.ROOT).equals(ENGLISH.get(c))) {
                return c;
            }
        }
        return -1;
    }

    List<Violation> violations() {
        return violations;
    }

    RowCheck.Fields fields() {
        return new RowCheck.Fields(names[0], names[1], names[2], names[3]);
    }

    /** The cell of column {@code c} (0 uscc, 1 indicator, 2 period, 3 value), stripped, blank as null. */
    String cell(String[] cells, int c) {
        int p = positions[c];
        if (p < 0 || p >= cells.length || cells[p] == null || cells[p].isBlank()) {
            return null;
        }
        return cells[p].strip();
    }
}
