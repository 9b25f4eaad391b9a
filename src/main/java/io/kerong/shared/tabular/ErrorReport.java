package io.kerong.shared.tabular;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Writes the downloadable error report of a rejected bulk file (错误报告): one line per problem with row, column,
 * value and reason, as .xlsx (streamed, a few hundred rows in memory) or as .csv through {@link CsvWriter} (UTF-8 with
 * a byte-order mark so that Excel opens the Chinese text correctly; a rejected value such as {@code =cmd|...} is
 * written so that a spreadsheet shows it and does not run it).
 */
public final class ErrorReport {

    public enum Format {
        XLSX, CSV;

        /** {@code csv} (any case) is CSV, anything else the workbook. */
        public static Format parse(String text) {
            return "csv".equalsIgnoreCase(text) ? CSV : XLSX;
        }

        public String extension() {
            return this == CSV ? ".csv" : ".xlsx";
        }

        public String contentType() {
            return this == CSV ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
    }

    /** One problem as the report shows it; {@code row} null for a problem of the whole file. */
    public record Line(Integer row, String column, String value, String reason) {
    }

    private ErrorReport() {
    }

    /**
     * A stored problem worded in the reader's language, as every error report and page that lists stored problems
     * words it: its message with the stored arguments as the pattern wants them ({@link #storedArgs}).
     */
    public static String reason(MessageSource messages, String messageKey, String[] args, Locale locale) {
        Object[] values = storedArgs(messages.getMessage(messageKey, null, "", locale), args);
        return messages.getMessage(messageKey, values, messageKey, locale);
    }

    /**
     * A stored problem's message arguments (kept as text) as its message pattern wants them: an argument the pattern
     * formats as a number ({@code {0,number,#}}) is a number again, read by {@link BoundedDecimal} (stored text such as
     * {@code 1e999999999} would otherwise be formatted out digit by digit), so that formatting does not fail on a
     * string; any other stays text, as it was shown when the problem was found.
     */
    public static Object[] storedArgs(String pattern, String[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i];
            if (args[i] != null && pattern.contains("{" + i + ",number")) {
                BoundedDecimal.Reading number = BoundedDecimal.parse("argument", args[i], NumberKind.DECIMAL);
                // text that is no number stays text: formatting fails on it either way, and the caller shows the key
                values[i] = number.ok() ? number.value() : args[i];
            }
        }
        return values;
    }

    /**
     * @param headers the four column headers (row, column, value, reason) in the reader's language
     * @param lines   calls its argument once per problem, in report order
     */
    public static void write(Format format, String sheetName, List<String> headers, Consumer<Consumer<Line>> lines,
                             OutputStream out) throws IOException {
        if (format == Format.CSV) {
            try (CsvWriter csv = CsvWriter.download(out)) {
                csv.row(headers);
                lines.accept(line -> csv.row(line.row(), line.column(), line.value(), line.reason()));
            }
            return;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            Sheets.header(sheet, headers);
            int[] next = {1};
            lines.accept(line -> {
                Row row = sheet.createRow(next[0]++);
                if (line.row() != null) {
                    row.createCell(0).setCellValue(line.row());
                }
                row.createCell(1).setCellValue(line.column() == null ? "" : line.column());
                row.createCell(2).setCellValue(line.value() == null ? "" : line.value());
                row.createCell(3).setCellValue(line.reason());
            });
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
