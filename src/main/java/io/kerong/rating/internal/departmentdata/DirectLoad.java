package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.Department;
import io.kerong.rating.Indicator;
import io.kerong.shared.Violation;
import io.kerong.shared.tabular.CsvLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The fast path of a clean first delivery (首次报送): each row is checked as it streams and goes by COPY straight into
 * {@code rating_indicator_value}, with no staging table and no merge. It holds only while nothing can go wrong: at the
 * first row with a problem, a possibly repeated key, an unknown credit code, or an enterprise that already holds a
 * value of one of the department's indicators (which may need a revision), it gives up, and the caller rolls back to
 * its savepoint and loads the batch through the staging tables, whose checks and reports are the reference. Callers
 * hold the merge lock of {@link StagedValues}, so that what the lookups saw still holds when the batch commits.
 */
final class DirectLoad {

    /** Credit codes are resolved, and their enterprises' held values probed, this many at a time. */
    static final int CHUNK = 2000;

    private final DataSource dataSource;
    private final EnterpriseLookup lookup;
    private final int chunk;

    DirectLoad(DataSource dataSource, EnterpriseLookup lookup, int chunk) {
        this.dataSource = dataSource;
        this.lookup = lookup;
        this.chunk = chunk;
    }

    /** Loads the batch and returns what was written, or null when the batch must go through the staging path. */
    BatchLoad.Loaded tryLoad(BatchRows rows, Map<String, Indicator> catalog, Department department, LocalDate today,
                             long batchId, OffsetDateTime receivedAt, StepTimes times) {
        String[] codes = catalog.values().stream().filter(i -> i.department() == department).map(Indicator::code)
                .toArray(String[]::new);
        RowCheck check = new RowCheck(catalog, department, today);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Writer copy = copy(connection)) {
            Target target = new Target(new CsvLine(copy), codes,
                    batchId + "," + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(receivedAt));
            int count;
            try {
                count = feed(rows, check, target);
                target.flush();
            } finally {
                times.part("lookups", target.lookupNanos);
            }
            return count == 0 ? null : new BatchLoad.Loaded(count, check.indicators());
        } catch (GiveUp | IOException | UncheckedIOException e) {
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the batch", e);
        }
    }

    private static int feed(BatchRows rows, RowCheck check, Target target) {
        int[] count = {0};
        boolean[] problem = {false};
        List<Violation> found = new ArrayList<>();
        rows.feed((row, uscc, code, period, value, fields) -> {
            count[0]++;
            try {
                check.accept(row, uscc, code, period, value, fields, found, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!found.isEmpty() || check.mayRepeatKeys()) {
                throw new GiveUp();
            }
        }, v -> problem[0] = true);
        if (problem[0]) {
            throw new GiveUp();
        }
        return count[0];
    }

    private static Writer copy(Connection connection) throws SQLException {
        String sql = "copy rating_indicator_value (enterprise_id, indicator_code, period, period_end, number, text, "
                + "batch_id, received_at) from stdin (format csv)";
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                sql, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Resolves credit codes and tells whether their enterprises hold values of the given indicators. */
    interface EnterpriseLookup {
        /**
         * Starts the lookup; its result is the ids of the codes found, or null when one of their enterprises holds a
         * value of one of the indicators.
         */
        Future<Map<String, Long>> start(List<String> usccs, String[] indicators);
    }

    /** A clean row whose credit code is not resolved yet. */
    private record Waiting(String uscc, String indicator, String period, LocalDate end, String number, String text) {
    }

    /** The rows of a chunk of credit codes, waiting for their lookup. */
    private record Chunk(Future<Map<String, Long>> lookup, int codes, List<Waiting> rows) {
    }

    /**
     * Rows wait here until their credit code is resolved, then go to the COPY. A chunk's lookup runs while the next
     * chunk is read; its rows are written when that one is full.
     */
    private final class Target implements RowCheck.Staging {

        private final CsvLine line;
        private final String[] indicators;
        private final String batchColumns;
        private final Map<String, Long> ids = new HashMap<>();
        private Set<String> unresolved = new LinkedHashSet<>();
        private List<Waiting> waiting = new ArrayList<>();
        private Chunk inFlight;
        private long lookupNanos;

        Target(CsvLine line, String[] indicators, String batchColumns) {
            this.line = line;
            this.indicators = indicators;
            this.batchColumns = batchColumns;
        }

        @Override
        public void row(int row, String uscc, String indicator, String period, LocalDate end, String number,
                        String text) throws IOException {
            Long id = ids.get(uscc);
            if (id != null) {
                write(id, indicator, period, end, number, text);
                return;
            }
            waiting.add(new Waiting(uscc, indicator, period, end, number, text));
            if (unresolved.add(uscc) && unresolved.size() >= chunk) {
                Chunk next = new Chunk(lookup.start(List.copyOf(unresolved), indicators), unresolved.size(), waiting);
                unresolved = new LinkedHashSet<>();
                waiting = new ArrayList<>();
                finish(inFlight);
                inFlight = next;
            }
        }

        /** Writes every row still waiting. */
        void flush() throws IOException {
            finish(inFlight);
            inFlight = null;
            if (!unresolved.isEmpty()) {
                finish(new Chunk(lookup.start(List.copyOf(unresolved), indicators), unresolved.size(), waiting));
            }
        }

        private void finish(Chunk chunk) throws IOException {
            if (chunk == null) {
                return;
            }
            long started = System.nanoTime();
            Map<String, Long> found = result(chunk.lookup());
            lookupNanos += System.nanoTime() - started;
            if (found == null || found.size() < chunk.codes()) {
                throw new GiveUp();
            }
            ids.putAll(found);
            for (Waiting w : chunk.rows()) {
                write(ids.get(w.uscc()), w.indicator(), w.period(), w.end(), w.number(), w.text());
            }
        }

        private void write(long id, String indicator, String period, LocalDate end, String number, String text)
                throws IOException {
            line.plain(id).text(indicator).text(period).plain(end).plain(number).text(text).plain(batchColumns).end();
        }
    }

    private static Map<String, Long> result(Future<Map<String, Long>> lookup) {
        try {
            return lookup.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resolving credit codes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not resolve credit codes", e.getCause());
        }
    }

    /** Leaves the fast path; the batch goes through the staging tables. */
    static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }
}
