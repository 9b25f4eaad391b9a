package io.kerong.rating.internal.results;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import io.kerong.rating.RatingRunCompleted;
import io.kerong.rating.RatingRunInProgressException;
import io.kerong.rating.Scorer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-ratings of all enterprises (批量评价). Starting one inserts its RUNNING row at once (one run at a time); executing
 * it happens in one transaction holding an advisory lock, so its results appear together or, on failure, not at all
 * and the run is marked FAILED. A RUNNING row whose lock nobody holds belongs to a node that died: the next start
 * marks it FAILED.
 */
@Component
class RatingRuns {

    static final String SUBJECT = "rating.run";
    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(RatingRuns.class);
    private static final long START_LOCK = 0x4B52_5354_4152_54L;
    private static final long RUN_LOCK = 0x4B52_5255_4E4EL;
    /** A run takes its lock right after its row is committed; a row this old without the lock is abandoned. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final RunStore store;
    private final RatingModels models;
    private final IndicatorData data;
    private final Scorer scorer;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    RatingRuns(RunStore store, RatingModels models, IndicatorData data, Scorer scorer, JdbcClient jdbc,
               DataSource dataSource, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
               PlatformTransactionManager transactions) {
        this.store = store;
        this.models = models;
        this.data = data;
        this.scorer = scorer;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The new RUNNING run; {@link RatingRunInProgressException} when another run is going on. */
    RatingRun start(String startedBy, LocalDate asOf) {
        return newTransaction.execute(status -> {
            lock(START_LOCK);
            store.running().ifPresent(this::failIfAbandoned);
            RatingModel model = models.current();
            long id = store.insert(asOf, model.version(), OffsetDateTime.now(clock), startedBy);
            return store.find(id).orElseThrow();
        });
    }

    /** Rates every enterprise for the run; returns the finished run, or rethrows after marking it FAILED. */
    RatingRun execute(long runId, AuditActor who) {
        long started = System.nanoTime();
        try {
            RatingRun done = newTransaction.execute(status -> rateEveryEnterprise(runId, who));
            log.info("Rating run {} as of {}: {} enterprises rated ({} unchanged, {} changed grade) in {} ms",
                    runId, done.asOf(), done.rated(), done.unchanged(), done.gradeChanged(),
                    (System.nanoTime() - started) / 1_000_000);
            return done;
        } catch (RuntimeException e) {
            log.error("Rating run {} failed", runId, e);
            newTransaction.executeWithoutResult(status -> store.fail(runId, OffsetDateTime.now(clock),
                    String.valueOf(e.getMessage())));
            throw e;
        }
    }

    List<RatingRun> recent(int limit) {
        return store.recent(limit);
    }

    java.util.Optional<RatingRun> find(long runId) {
        return store.find(runId);
    }

    private RatingRun rateEveryEnterprise(long runId, AuditActor who) {
        lock(RUN_LOCK);
        RatingRun run = store.find(runId).filter(RatingRun::running)
                .orElseThrow(() -> new IllegalStateException("rating run " + runId + " is not running"));
        RatingModel model = models.version(run.modelVersion()).orElseThrow();
        RunExecution execution = new RunExecution(runId, model, run.asOf(), scorer, jdbc,
                new ResultCopy(DataSourceUtils.getConnection(dataSource)), clock);
        try (ChunkReader reader = new ChunkReader(data, run.asOf(), CHUNK)) {
            for (var chunk = reader.next(); chunk != null; chunk = reader.next()) {
                execution.process(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rating run " + runId + " was interrupted", e);
        }
        store.complete(runId, OffsetDateTime.now(clock), execution.rated, execution.unchanged,
                execution.gradeChanged);
        audit.record(new AuditRecord(who, SUBJECT, String.valueOf(runId), null, "completed", null,
                summary(run, execution)));
        events.publishEvent(new RatingRunCompleted(runId, model.version(), execution.rated, execution.gradeChanged));
        return store.find(runId).orElseThrow();
    }

    private void failIfAbandoned(RatingRun running) {
        boolean old = running.startedAt().isBefore(clock.instant().minus(ABANDONED_AFTER));
        if (old && tryLock(RUN_LOCK)) {
            store.fail(running.id(), OffsetDateTime.now(clock), "abandoned: its node stopped before it finished");
            return;
        }
        throw new RatingRunInProgressException(running.id());
    }

    private static Map<String, Object> summary(RatingRun run, RunExecution execution) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("asOf", run.asOf().toString());
        summary.put("modelVersion", run.modelVersion());
        summary.put("rated", execution.rated);
        summary.put("unchanged", execution.unchanged);
        summary.put("gradeChanged", execution.gradeChanged);
        return summary;
    }

    private void lock(long key) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query((rs, i) -> 1).list();
    }

    private boolean tryLock(long key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(key).query(Boolean.class).single();
    }
}
