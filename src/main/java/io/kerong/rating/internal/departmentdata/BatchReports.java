package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.DataBatch;
import io.kerong.shared.tabular.ErrorReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The downloadable error report of a rejected department batch (row, column, value, reason in the reader's language). */
@Service
public class BatchReports {

    private final DataBatches batches;
    private final MessageSource messages;

    BatchReports(DataBatches batches, MessageSource messages) {
        this.batches = batches;
        this.messages = messages;
    }

    public Optional<DataBatch> batch(long id) {
        return batches.find(id);
    }

    @Transactional(readOnly = true)
    public void errors(long batchId, ErrorReport.Format format, Locale locale, OutputStream out) throws IOException {
        List<String> headers = List.of(text("ratingdata.col.row", locale), text("ratingdata.col.column", locale),
                text("ratingdata.col.value", locale), text("ratingdata.col.reason", locale));
        ErrorReport.write(format, text("ratingdata.report.sheet", locale), headers,
                each -> batches.errors(batchId, e -> each.accept(new ErrorReport.Line(e.row(), e.field(), e.value(),
                        ErrorReport.reason(messages, e.messageKey(), e.args(), locale)))), out);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
