package io.kerong.enterprise.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files for download: empty import templates, and the full error report of a rejected file (row, column, value,
 * reason in the reader's language), as .xlsx or as .csv. CSV is written as UTF-8 with a byte-order mark so that
 * Excel opens the Chinese text correctly.
 */
@Service
class ImportReports {

    enum Format { XLSX, CSV }

    private final ImportHistory history;
    private final MessageSource messages;

    ImportReports(ImportHistory history, MessageSource messages) {
        this.history = history;
        this.messages = messages;
    }

    void template(ImportKind kind, Format format, OutputStream out) throws IOException {
        List<String> headers = kind.columns().stream().map(ImportColumn::chinese).toList();
        if (format == Format.CSV) {
            try (CSVPrinter csv = csv(out)) {
                csv.printRecord(headers);
            }
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheets.header(workbook.createSheet(messages.getMessage(kind.messageKey(), null, Locale.SIMPLIFIED_CHINESE)),
                    headers);
            workbook.write(out);
            workbook.dispose();
        }
    }

    @Transactional(readOnly = true)
    void errors(long importId, Format format, Locale locale, OutputStream out) throws IOException {
        List<String> headers = List.of(text("registryimport.col.row", locale), text("registryimport.col.column", locale),
                text("registryimport.col.value", locale), text("registryimport.col.reason", locale));
        if (format == Format.CSV) {
            try (CSVPrinter csv = csv(out)) {
                csv.printRecord(headers);
                history.errors(importId, e -> print(csv, e.row(), e.field(), e.value(), reason(e, locale)));
            }
            return;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet(text("registryimport.report.sheet", locale));
            Sheets.header(sheet, headers);
            int[] next = {1};
            history.errors(importId, e -> {
                Row row = sheet.createRow(next[0]++);
                if (e.row() != null) {
                    row.createCell(0).setCellValue(e.row());
                }
                row.createCell(1).setCellValue(e.field() == null ? "" : e.field());
                row.createCell(2).setCellValue(e.value() == null ? "" : e.value());
                row.createCell(3).setCellValue(reason(e, locale));
            });
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private String reason(ImportHistory.StoredError e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static CSVPrinter csv(OutputStream out) throws IOException {
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
