package io.kerong.enterprise.bulk;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of a tabular file (first sheet of a workbook) without holding the file in memory. */
interface TableReader {

    /** Calls the handler once per non-blank row, in file order, with the row number as a spreadsheet shows it. */
    void read(Path file, RowHandler handler) throws IOException;

    @FunctionalInterface
    interface RowHandler {
        void row(int rowNumber, String[] cells);
    }

    static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
