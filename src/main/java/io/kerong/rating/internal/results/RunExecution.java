package io.kerong.rating.internal.results;

import io.kerong.rating.IndicatorData.EnterpriseValues;
import io.kerong.rating.RatingModel;
import io.kerong.rating.Score;
import io.kerong.rating.Scorer;
import io.kerong.rating.StoredRating.Trigger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writing side of one run, a chunk at a time, inside the run's transaction: compares each enterprise's inputs with
 * its latest rating, scores only those whose model version or inputs differ, COPYs the new ratings and points
 * {@code rating_latest} at them. An enterprise whose inputs are unchanged costs a hash and no write: its latest rating
 * is what the run would store again.
 */
final class RunExecution {

    private final long runId;
    private final RatingModel model;
    private final LocalDate asOf;
    private final Scorer scorer;
    private final JdbcClient jdbc;
    private final ResultCopy copy;
    private final Clock clock;
    int rated;
    int unchanged;
    int gradeChanged;

    RunExecution(long runId, RatingModel model, LocalDate asOf, Scorer scorer, JdbcClient jdbc, ResultCopy copy,
                 Clock clock) {
        this.runId = runId;
        this.model = model;
        this.asOf = asOf;
        this.scorer = scorer;
        this.jdbc = jdbc;
        this.copy = copy;
        this.clock = clock;
    }

    void process(List<EnterpriseValues> chunk) {
        Map<Long, ResultStore.Latest> latest = latest(chunk.getFirst().enterpriseId(), chunk.getLast().enterpriseId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<NewResult> fresh = new ArrayList<>(chunk.size());
        for (EnterpriseValues values : chunk) {
            RatingInputs inputs = RatingInputs.of(model, values.values());
            byte[] hash = inputs.hash();
            ResultStore.Latest held = latest.get(values.enterpriseId());
            if (held != null && held.modelVersion() == model.version() && Arrays.equals(held.inputsHash(), hash)) {
                unchanged++;
                continue;
            }
            Score score = scorer.score(model, values.values());
            fresh.add(new NewResult(values.enterpriseId(), asOf, now, Trigger.BATCH, runId, score,
                    held == null ? null : held.grade(), inputs, hash));
        }
        rated += chunk.size();
        write(fresh);
    }

    private void write(List<NewResult> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval('rating_result_id_seq') from generate_series(1, ?)")
                .param(fresh.size()).query(Long.class).list();
        List<ResultCopy.Stored> stored = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            stored.add(new ResultCopy.Stored(ids.get(i), fresh.get(i)));
            if (fresh.get(i).gradeChanged()) {
                gradeChanged++;
            }
        }
        copy.results(stored);
        // a rating made on demand while the run went on has a higher id and stays the latest
        jdbc.sql("""
                        insert into rating_latest (enterprise_id, rating_id, grade, total_score, model_version, as_of,
                            rated_at, inputs_hash)
                        select enterprise_id, id, grade, total_score, model_version, as_of, rated_at, inputs_hash
                        from rating_result where run_id = ? and id between ? and ?
                        on conflict (enterprise_id) do update set rating_id = excluded.rating_id,
                            grade = excluded.grade, total_score = excluded.total_score,
                            model_version = excluded.model_version, as_of = excluded.as_of,
                            rated_at = excluded.rated_at, inputs_hash = excluded.inputs_hash
                        where rating_latest.rating_id < excluded.rating_id""")
                .params(runId, ids.getFirst(), ids.getLast()).update();
    }

    private Map<Long, ResultStore.Latest> latest(long first, long last) {
        Map<Long, ResultStore.Latest> latest = new HashMap<>();
        jdbc.sql("""
                        select enterprise_id, rating_id, grade, model_version, inputs_hash from rating_latest
                        where enterprise_id between ? and ?""")
                .params(first, last).query(ResultStore::latestRow).list()
                .forEach(row -> latest.put(row.enterpriseId(), row));
        return latest;
    }
}
