package io.kerong.enterprise.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import io.kerong.shared.tabular.CsvWriter;
import io.kerong.shared.tabular.ErrorReport;
import io.kerong.shared.tabular.Sheets;
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
            try (CsvWriter csv = CsvWriter.download(out)) {
                csv.row(headers);
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
        ErrorReport.write(format == Format.CSV ? ErrorReport.Format.CSV : ErrorReport.Format.XLSX,
                text("registryimport.report.sheet", locale), headers,
                each -> history.errors(importId, e -> each.accept(
                        new ErrorReport.Line(e.row(), e.field(), e.value(),
                                ErrorReport.reason(messages, e.messageKey(), e.args(), locale)))), out);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
