package io.kerong.rating.internal.departmentdata;

import io.kerong.shared.Violation;
import io.kerong.shared.tabular.CsvLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The staging tables of one batch (temporary, dropped at commit): the checked rows arrive by COPY, the whole-batch
 * checks and the merge into {@code rating_indicator_value} are set-based SQL.
 */
final class StagedValues {

    /** Credit codes are resolved against the registry this many at a time. */
    private static final int RESOLVE_CHUNK = 5000;

    /** Serialises the merges of department batches. */
    private static final long MERGE_LOCK = 0x4B52_4441_5441_4DL;

    private static final String STAGED = """
            from rating_stage_value s join rating_stage_enterprise e on e.uscc = s.uscc""";
    private static final String INSERT = """
            insert into rating_indicator_value (enterprise_id, indicator_code, period, period_end, number, text,
                batch_id, received_at)
            select e.enterprise_id, s.indicator_code, s.period, s.period_end, s.number, s.text, ?, ?
            """ + STAGED;
    private static final String REVISE = """
            insert into rating_indicator_value_revision (enterprise_id, indicator_code, period, period_end, number,
                text, batch_id, received_at, superseded_at, superseded_by)
            select v.enterprise_id, v.indicator_code, v.period, v.period_end, v.number, v.text, v.batch_id,
                   v.received_at, ?, ?
            """ + STAGED + """

            join rating_indicator_value v on v.enterprise_id = e.enterprise_id
                 and v.indicator_code = s.indicator_code and v.period = s.period
            where v.number is distinct from s.number or v.text is distinct from s.text""";
    private static final String UPSERT = INSERT + """

            on conflict (enterprise_id, indicator_code, period) do update
                set number = excluded.number, text = excluded.text, batch_id = excluded.batch_id,
                    received_at = excluded.received_at
                where rating_indicator_value.number is distinct from excluded.number
                   or rating_indicator_value.text is distinct from excluded.text""";

    private final JdbcTemplate jdbc;

    /** @param jdbc a template with a fetch size, so that long results stream */
    StagedValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create() {
        jdbc.execute("drop table if exists rating_stage_value, rating_stage_enterprise");
        jdbc.execute("""
                create temp table rating_stage_value (
                    row_no integer not null, uscc text not null, indicator_code text not null, period text not null,
                    period_end date not null, number numeric, text text
                ) on commit drop""");
        jdbc.execute("create temp table rating_stage_enterprise (uscc text primary key, enterprise_id bigint not null) "
                + "on commit drop");
    }

    /** Opens a COPY into the staging table; closing the writer ends it. */
    static Writer copy(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        String sql = "copy rating_stage_value (row_no, uscc, indicator_code, period, period_end, number, text) "
                + "from stdin (format csv)";
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Looks the staged credit codes up in the registry a chunk at a time and stages the ids found. Each chunk is
     * looked up before its COPY opens: a connection in COPY mode runs no other statement. Returns true when every
     * staged credit code was found.
     */
    boolean resolveEnterprises(Connection connection, Function<List<String>, Map<String, Long>> lookup)
            throws SQLException, IOException {
        List<String> codes = jdbc.queryForList("select distinct uscc from rating_stage_value", String.class);
        int resolved = 0;
        for (int i = 0; i < codes.size(); i += RESOLVE_CHUNK) {
            Map<String, Long> found = lookup.apply(codes.subList(i, Math.min(codes.size(), i + RESOLVE_CHUNK)));
            resolved += found.size();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                    connection.unwrap(PGConnection.class),
                    "copy rating_stage_enterprise (uscc, enterprise_id) from stdin (format csv)", 1 << 16),
                    StandardCharsets.UTF_8))) {
                CsvLine line = new CsvLine(out);
                for (Map.Entry<String, Long> e : found.entrySet()) {
                    line.text(e.getKey()).plain(e.getValue()).end();
                }
            }
        }
        jdbc.execute("analyze rating_stage_enterprise");
        return resolved == codes.size();
    }

    /**
     * Rows repeating an (enterprise, indicator, period) of an earlier row, and rows of unknown credit codes; each
     * query runs only when its problem may be there.
     */
    void check(RowCheck.Fields fields, boolean mayRepeat, boolean mayBeUnknown, Consumer<Violation> errors) {
        if (mayRepeat) {
            repeats(fields, errors);
        }
        if (mayBeUnknown) {
            unknownCodes(fields, errors);
        }
    }

    private void repeats(RowCheck.Fields fields, Consumer<Violation> errors) {
        jdbc.query("""
                select row_no, period, first_row from (
                    select row_no, period, min(row_no) over (partition by uscc, indicator_code, period) as first_row
                    from rating_stage_value) d
                where row_no > first_row order by row_no""",
                (RowCallbackHandler) rs -> errors.accept(Violation.atRow(rs.getInt(1), fields.period(), rs.getString(2),
                        "ratingdata.row.duplicate", rs.getInt(3))));
    }

    private void unknownCodes(RowCheck.Fields fields, Consumer<Violation> errors) {
        jdbc.query("""
                select s.row_no, s.uscc from rating_stage_value s
                where not exists (select 1 from rating_stage_enterprise e where e.uscc = s.uscc) order by s.row_no""",
                (RowCallbackHandler) rs -> errors.accept(Violation.atRow(rs.getInt(1), fields.uscc(), rs.getString(2),
                        "ratingdata.uscc.unknown")));
    }

    /**
     * Makes the batches of department data write one at a time, until the transaction ends: each decides from the
     * values held (revise or not, the fast path or not) and must not race another writing the same keys.
     */
    void lock() {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", MERGE_LOCK);
    }

    /**
     * Writes the batch: values that differ from the held ones for the same period move to the revisions, then new
     * and corrected values are upserted; identical values are left alone. Returns {inserted, updated}. The caller
     * holds the {@link #lock()}, so that what {@link #holdsAny} saw still holds when the batch is written.
     */
    int[] merge(long batchId, OffsetDateTime receivedAt, Set<String> indicators, StepTimes times) {
        boolean held = holdsAny(indicators);
        times.mark("probe");
        if (!held) {
            int written = jdbc.update(INSERT, batchId, receivedAt);
            times.mark("insert");
            return new int[] {written, 0};
        }
        jdbc.execute("analyze rating_stage_value");
        int revised = jdbc.update(REVISE, receivedAt, batchId);
        times.mark("revise");
        int written = jdbc.update(UPSERT, batchId, receivedAt);
        times.mark("upsert");
        return new int[] {written - revised, revised};
    }

    /**
     * Whether any staged enterprise already holds a value of any staged indicator, in any period: a first delivery
     * holds none, and is then a plain insert with nothing to revise. One short index range per enterprise.
     */
    private boolean holdsAny(Set<String> indicators) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from rating_stage_enterprise e join rating_indicator_value v
                    on v.enterprise_id = e.enterprise_id and v.indicator_code = any(?))""", Boolean.class,
                (Object) indicators.toArray(String[]::new)));
    }
}
