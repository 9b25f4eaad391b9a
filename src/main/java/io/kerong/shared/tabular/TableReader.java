package io.kerong.shared.tabular;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of a tabular file (first sheet of a workbook) without holding the file in memory. */
public interface TableReader {

    /** Calls the handler once per non-blank row, in file order, with the row number as a spreadsheet shows it. */
    void read(Path file, RowHandler handler) throws IOException;

    @FunctionalInterface
    interface RowHandler {
        void row(int rowNumber, String[] cells);
    }

    /**
     * The reader for a file by its name: .xlsx, or .csv/.txt in UTF-8 (when {@code utf8}, see {@link FileFacts}) or
     * GBK; null for any other kind of file.
     */
    static TableReader forFile(String fileName, boolean utf8) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return new XlsxTableReader();
        }
        return name.endsWith(".csv") || name.endsWith(".txt") ? new CsvTableReader(utf8) : null;
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
