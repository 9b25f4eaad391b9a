package io.kerong.rating.internal.results;

import io.kerong.rating.CreditLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Writes a run's new ratings into {@code rating_result} with COPY, a chunk at a time. */
final class ResultCopy {

    private static final String RESULTS = """
            copy rating_result (id, enterprise_id, model_version, as_of, rated_at, trigger, run_id, total_score, grade,
                previous_grade, credit_min, credit_max, knock_outs, completeness, dimension_scores, inputs,
                inputs_hash) from stdin""";

    private final Connection connection;

    ResultCopy(Connection connection) {
        this.connection = connection;
    }

    /** A new rating, its id taken from the sequence beforehand. */
    record Stored(long id, NewResult result) {
    }

    void results(List<Stored> stored) {
        if (stored.isEmpty()) {
            return;
        }
        copy(RESULTS, out -> {
            CopyLine line = new CopyLine(out);
            for (Stored s : stored) {
                NewResult r = s.result();
                CreditLine credit = r.score().creditLine();
                line.plain(s.id()).plain(r.enterpriseId()).plain(r.score().modelVersion()).plain(r.asOf())
                        .plain(r.ratedAt()).plain(r.trigger().name()).plain(r.runId())
                        .plain(r.score().totalScore()).plain(r.score().grade().name())
                        .plain(r.previousGrade() == null ? null : r.previousGrade().name())
                        .plain(credit.min()).plain(credit.max())
                        .text(PgArrays.texts(r.score().knockOuts().toArray(String[]::new)))
                        .plain(r.score().completeness()).text(PgArrays.numbers(r.dimensionScores()))
                        .text(r.inputs().encoded()).bytes(r.inputsHash()).end();
            }
        });
    }

    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private void copy(String sql, Rows rows) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), sql, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            rows.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of rating results failed", e);
        }
    }
}
