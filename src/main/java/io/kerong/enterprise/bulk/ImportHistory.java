package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.ViolationSpool;
import io.kerong.shared.Timestamps;
import io.kerong.audit.AuditActor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The {@code enterprise_import} table (导入记录) and the stored problems of rejected files. */
@Repository
class ImportHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataSource dataSource;
    private final Clock clock;

    ImportHistory(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    long start(UUID batch, ImportKind kind, String fileName, String sha256, AuditActor actor) {
        return jdbc.sql("""
                insert into enterprise_import (batch_id, kind, file_name, sha256, actor_name, actor_user_id, started_at, status)
                values (?, ?, ?, ?, ?, ?, ?, 'RUNNING') returning id""")
                .params(batch, kind.name(), fileName, sha256, actor.name(), actor.userId(), now())
                .query(Long.class).single();
    }

    void finish(long id, ImportRecord.Status status, int rowsRead, int inserted, int updated, int unchanged, int errors) {
        jdbc.sql("""
                update enterprise_import set status = ?, finished_at = ?, rows_read = ?, inserted = ?, updated = ?,
                    unchanged = ?, error_count = ? where id = ?""")
                .params(status.name(), now(), rowsRead, inserted, updated, unchanged, errors, id).update();
    }

    /** Stores all problems of a rejected file, streamed from its spool with COPY. */
    void storeErrors(ViolationSpool errors) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            errors.copyInto(connection, "enterprise_import_error", "import_id, seq, row_no, field, value, message_key, args");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the import's problems", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    List<ImportRecord> latest(int limit) {
        return jdbc.sql("select * from enterprise_import order by id desc limit ?").param(limit).query(ROWS).list();
    }

    Optional<ImportRecord> find(long id) {
        return jdbc.sql("select * from enterprise_import where id = ?").param(id).query(ROWS).optional();
    }

    List<ImportRecord> batch(UUID batchId) {
        return jdbc.sql("select * from enterprise_import where batch_id = ? order by id").param(batchId).query(ROWS).list();
    }

    /** Every stored problem of a file in row order, streamed. */
    void errors(long importId, Consumer<StoredError> each) {
        streaming.query("select row_no, field, value, message_key, args from enterprise_import_error "
                        + "where import_id = ? order by row_no nulls first, seq",
                (RowCallbackHandler) rs -> each.accept(new StoredError((Integer) rs.getObject(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), (String[]) rs.getArray(5).getArray())), importId);
    }

    /** A problem as stored: the message key and its arguments are rendered in the reader's language. */
    record StoredError(Integer row, String field, String value, String messageKey, String[] args) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static final RowMapper<ImportRecord> ROWS = (rs, i) -> new ImportRecord(rs.getLong("id"),
            rs.getObject("batch_id", UUID.class), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
            rs.getString("sha256"), rs.getString("actor_name"), Timestamps.read(rs, "started_at"),
            Timestamps.read(rs, "finished_at"), ImportRecord.Status.valueOf(rs.getString("status")),
            rs.getInt("rows_read"), rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"),
            rs.getInt("error_count"));
}
