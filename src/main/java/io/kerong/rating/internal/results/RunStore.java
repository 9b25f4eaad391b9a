package io.kerong.rating.internal.results;

import io.kerong.rating.RatingRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code rating_run}. */
@Component
class RunStore {

    private static final String COLUMNS = """
            id, as_of, model_version, status, started_at, finished_at, started_by, rated, unchanged, grade_changed,
            failure""";

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LocalDate asOf, int modelVersion, OffsetDateTime startedAt, String startedBy) {
        return jdbc.sql("""
                        insert into rating_run (as_of, model_version, status, started_at, started_by)
                        values (?, ?, 'RUNNING', ?, ?) returning id""")
                .params(asOf, modelVersion, startedAt, startedBy).query(Long.class).single();
    }

    Optional<RatingRun> running() {
        return jdbc.sql("select " + COLUMNS + " from rating_run where status = 'RUNNING'").query(RunStore::run)
                .optional();
    }

    void complete(long id, OffsetDateTime finishedAt, int rated, int unchanged, int gradeChanged) {
        jdbc.sql("""
                        update rating_run set status = 'COMPLETED', finished_at = ?, rated = ?, unchanged = ?,
                            grade_changed = ? where id = ? and status = 'RUNNING'""")
                .params(finishedAt, rated, unchanged, gradeChanged, id).update();
    }

    void fail(long id, OffsetDateTime finishedAt, String failure) {
        jdbc.sql("update rating_run set status = 'FAILED', finished_at = ?, failure = ? where id = ? "
                        + "and status = 'RUNNING'")
                .params(finishedAt, failure, id).update();
    }

    Optional<RatingRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from rating_run where id = ?").param(id).query(RunStore::run)
                .optional();
    }

    List<RatingRun> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from rating_run order by id desc limit ?").param(limit)
                .query(RunStore::run).list();
    }

    private static RatingRun run(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new RatingRun(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), rs.getInt("model_version"),
                RatingRun.Status.valueOf(rs.getString("status")),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("started_by"), rs.getInt("rated"),
                rs.getInt("unchanged"), rs.getInt("grade_changed"), rs.getString("failure"));
    }
}
