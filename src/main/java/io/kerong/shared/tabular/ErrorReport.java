package io.kerong.shared.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the downloadable error report of a rejected bulk file (错误报告): one line per problem with row, column,
 * value and reason, as .xlsx (streamed, a few hundred rows in memory) or as .csv. CSV is UTF-8 with a byte-order mark
 * so that Excel opens the Chinese text correctly.
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
     * @param headers the four column headers (row, column, value, reason) in the reader's language
     * @param lines   calls its argument once per problem, in report order
     */
    public static void write(Format format, String sheetName, List<String> headers, Consumer<Consumer<Line>> lines,
                             OutputStream out) throws IOException {
        if (format == Format.CSV) {
            try (CSVPrinter csv = csv(out)) {
                csv.printRecord(headers);
                lines.accept(line -> print(csv, line.row(), line.column(), line.value(), line.reason()));
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

    /** A CSV printer for a download: UTF-8 with a byte-order mark, CRLF line ends. Closing it flushes the stream. */
    public static CSVPrinter csv(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
    }

    private static void print(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
