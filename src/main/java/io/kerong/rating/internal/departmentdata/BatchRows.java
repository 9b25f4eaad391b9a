package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.DeliveredValue;
import io.kerong.shared.Violation;
import io.kerong.shared.tabular.CellLimits;
import io.kerong.shared.tabular.TableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a batch's rows come from: a delivered file (header row first) or the values of an API request. */
interface BatchRows {

    /** Receives one row: its number (spreadsheet row, or position in the request from 1) and its four cells. */
    @FunctionalInterface
    interface Sink {
        void row(int row, String uscc, String indicator, String period, String value, RowCheck.Fields fields);
    }

    /** Feeds every row to the sink; problems of the file itself (unreadable, bad header) go to {@code problems}. */
    void feed(Sink sink, Consumer<Violation> problems);

    static BatchRows of(List<DeliveredValue> values) {
        return (sink, problems) -> {
            int row = 0;
            for (DeliveredValue v : values) {
                row++;
                if (v == null) {
                    problems.accept(Violation.atRow(row, "values", null, "ratingdata.value.missing"));
                    continue;
                }
                sink.row(row, v.uscc(), v.indicator(), v.period(), v.value(), RowCheck.Fields.JSON);
            }
        };
    }

    static BatchRows of(String fileName, Path file, boolean utf8) {
        return (sink, problems) -> {
            TableReader reader = TableReader.forFile(fileName, utf8);
            if (reader == null) {
                problems.accept(Violation.atRow(1, fileName, fileName, "ratingdata.file.format"));
                return;
            }
            DataColumns[] columns = {null};
            String[][] headers = {null};
            try {
                reader.read(file, (row, cells) -> {
                    if (columns[0] == null) {
                        headers[0] = cells;
                        columns[0] = header(row, cells, problems);
                        return;
                    }
                    Optional<Violation> refused = CellLimits.refused(row, headers[0], cells);
                    if (refused.isPresent()) {
                        problems.accept(refused.get());
                        return;
                    }
                    DataColumns c = columns[0];
                    sink.row(row, c.cell(cells, 0), c.cell(cells, 1), c.cell(cells, 2), c.cell(cells, 3), c.fields());
                });
            } catch (HeaderRejected stop) {
                return;
            } catch (IOException e) {
                problems.accept(Violation.atRow(1, fileName, fileName, "ratingdata.file.unreadable"));
                return;
            }
            if (columns[0] == null) {
                problems.accept(Violation.atRow(1, fileName, fileName, "ratingdata.file.empty"));
            }
        };
    }

    private static DataColumns header(int row, String[] cells, Consumer<Violation> problems) {
        DataColumns columns = DataColumns.read(row, cells);
        if (!columns.violations().isEmpty()) {
            columns.violations().forEach(problems);
            throw new HeaderRejected();
        }
        return columns;
    }

    /** Stops reading at a header that cannot be read; its problems are already reported. */
    final class HeaderRejected extends RuntimeException {
        HeaderRejected() {
            super(null, null, false, false);
        }
    }
}
