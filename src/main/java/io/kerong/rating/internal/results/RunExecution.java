package io.kerong.rating.internal.results;

import io.kerong.rating.IndicatorData.EnterpriseValues;
import io.kerong.rating.RatingModel;
import io.kerong.rating.StoredRating.Trigger;
import io.kerong.rating.internal.CompiledModel;
import io.kerong.rating.internal.ScoreCalculation;
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
 * {@code rating_latest} at them. An enterprise whose inputs are unchanged costs a fingerprint and no write: its latest
 * rating is what the run would store again. Scores are computed without reasons, which nobody reads in a run
 * ({@code explain} recomputes them from the stored inputs).
 */
final class RunExecution {

    private final long runId;
    private final RatingModel model;
    private final LocalDate asOf;
    private final ScoreCalculation scoring;
    private final JdbcClient jdbc;
    private final ResultCopy copy;
    private final Clock clock;
    int rated;
    int unchanged;
    int gradeChanged;
    /** Nanoseconds spent comparing, scoring and writing, for the run's log line. */
    long comparing;
    long scoringTime;
    long writing;

    RunExecution(long runId, RatingModel model, LocalDate asOf, JdbcClient jdbc, ResultCopy copy, Clock clock) {
        this.runId = runId;
        this.model = model;
        this.asOf = asOf;
        this.scoring = new ScoreCalculation(new CompiledModel(model));
        this.jdbc = jdbc;
        this.copy = copy;
        this.clock = clock;
    }

    void process(List<EnterpriseValues> chunk) {
        long started = System.nanoTime();
        Map<Long, ResultStore.Latest> latest = latest(chunk.getFirst().enterpriseId(), chunk.getLast().enterpriseId());
        List<Pending> pending = new ArrayList<>(chunk.size());
        for (EnterpriseValues values : chunk) {
            RatingInputs inputs = RatingInputs.of(model, values.values());
            byte[] hash = inputs.hash();
            ResultStore.Latest held = latest.get(values.enterpriseId());
            if (held != null && held.modelVersion() == model.version() && Arrays.equals(held.inputsHash(), hash)) {
                unchanged++;
            } else {
                pending.add(new Pending(values.enterpriseId(), inputs, hash, held));
            }
        }
        rated += chunk.size();
        long compared = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<NewResult> fresh = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            fresh.add(new NewResult(p.enterpriseId(), asOf, now, Trigger.BATCH, runId,
                    scoring.scoreWithoutReasons(p.inputs().slots), p.held() == null ? null : p.held().grade(),
                    p.inputs(), p.hash()));
        }
        long scored = System.nanoTime();
        write(fresh);
        comparing += compared - started;
        scoringTime += scored - compared;
        writing += System.nanoTime() - scored;
    }

    /** An enterprise to score: its inputs differ from its latest rating, or it has none. */
    private record Pending(long enterpriseId, RatingInputs inputs, byte[] hash, ResultStore.Latest held) {
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
