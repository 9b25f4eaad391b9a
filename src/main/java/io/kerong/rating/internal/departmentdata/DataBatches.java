package io.kerong.rating.internal.departmentdata;

import io.kerong.audit.AuditActor;
import io.kerong.identity.Actor;
import io.kerong.rating.DataBatch;
import io.kerong.rating.Department;
import io.kerong.shared.Timestamps;
import io.kerong.shared.tabular.ViolationSpool;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The {@code rating_data_batch} table (部门数据批次) and the stored problems of rejected batches. */
@Repository
class DataBatches {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataSource dataSource;

    DataBatches(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    /** The applied batch with this key, if any. */
    Optional<DataBatch> applied(String batchKey) {
        return jdbc.sql("select * from rating_data_batch where batch_key = ? and status = 'APPLIED'").param(batchKey)
                .query(ROWS).optional();
    }

    /** What the batch delivered, as {@link Received#contentHash}; empty for batches from before it was kept. */
    Optional<String> contentHash(long id) {
        return jdbc.sql("select content_sha256 from rating_data_batch where id = ?").param(id).query(String.class)
                .optional();
    }

    Optional<DataBatch> find(long id) {
        return jdbc.sql("select * from rating_data_batch where id = ?").param(id).query(ROWS).optional();
    }

    List<DataBatch> latest(int limit) {
        return jdbc.sql("select * from rating_data_batch order by id desc limit ?").param(limit).query(ROWS).list();
    }

    /** Inserts the batch under an id drawn beforehand, so that its problems could be spooled under it. */
    void insert(long id, Received received, DataBatch.Status status, int rows, int inserted, int updated, int errors) {
        jdbc.sql("""
                insert into rating_data_batch (id, batch_key, department, source, file_name, sha256, content_sha256,
                    status, rows, inserted, updated, unchanged, error_count, received_at, received_by,
                    received_by_user_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, received.batchKey(), received.department().name(), received.source().name(),
                        received.fileName(), received.sha256(), received.contentHash(), status.name(), rows,
                        inserted, updated,
                        rows - inserted - updated, errors, received.at(), received.actor().name(),
                        received.actor().userId())
                .update();
    }

    void finish(long id, int rows, int inserted, int updated) {
        jdbc.sql("update rating_data_batch set rows = ?, inserted = ?, updated = ?, unchanged = ? where id = ?")
                .params(rows, inserted, updated, rows - inserted - updated, id).update();
    }

    void storeErrors(ViolationSpool errors) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            errors.copyInto(connection, "rating_data_batch_error",
                    "batch_id, seq, row_no, field, value, message_key, args");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the batch's problems", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Every stored problem of a batch in row order, streamed. */
    void errors(long batchId, Consumer<StoredError> each) {
        streaming.query("select row_no, field, value, message_key, args from rating_data_batch_error "
                        + "where batch_id = ? order by row_no nulls first, seq",
                (RowCallbackHandler) rs -> each.accept(new StoredError((Integer) rs.getObject(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), (String[]) rs.getArray(5).getArray())), batchId);
    }

    /** What is known of a batch when it arrives. */
    /** {@code contentHash}: the file's SHA-256, or {@link BatchKeyReuse#fingerprint} of values sent as JSON. */
    record Received(String batchKey, Department department, DataBatch.Source source, String fileName, String sha256,
                    String contentHash, OffsetDateTime at, AuditActor actor) {

        static Received of(Actor actor, String batchKey, Department department, DataBatch.Source source,
                           String fileName, String sha256, String contentHash, Clock clock) {
            AuditActor who = actor == null ? AuditActor.SYSTEM : actor.toAuditActor();
            return new Received(batchKey.strip(), department, source, fileName, sha256, contentHash,
                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), who);
        }
    }

    /** A problem as stored; the message is rendered in the reader's language. */
    record StoredError(Integer row, String field, String value, String messageKey, String[] args) {
    }

    private static final RowMapper<DataBatch> ROWS = (rs, i) -> new DataBatch(rs.getLong("id"),
            rs.getString("batch_key"), Department.valueOf(rs.getString("department")),
            DataBatch.Source.valueOf(rs.getString("source")), rs.getString("file_name"), rs.getString("sha256"),
            DataBatch.Status.valueOf(rs.getString("status")), rs.getInt("rows"), rs.getInt("inserted"),
            rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("error_count"),
            Timestamps.read(rs, "received_at"), rs.getString("received_by"), false);
}
