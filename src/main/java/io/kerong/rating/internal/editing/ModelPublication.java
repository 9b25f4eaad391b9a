package io.kerong.rating.internal.editing;

import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import io.kerong.rating.RatingRunInProgressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Publishes a draft (发布模型) and then re-rates every enterprise with it in the background (重新评价), so that the grades
 * follow the new model without waiting for the nightly run. When a run is already going on (with the old model), the
 * re-rating starts as soon as it has finished. {@code kerong.rating.rerate-on-publish=false} leaves the grades to the
 * nightly run.
 */
@Component
public class ModelPublication implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelPublication.class);
    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration GIVE_UP = Duration.ofHours(6);

    private final RatingModels models;
    private final ObjectProvider<EnterpriseRatings> ratings;
    private final Clock clock;
    private final boolean rerate;
    private final ExecutorService waiting = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("rating-rerun-after-publish").daemon(true).factory());

    ModelPublication(RatingModels models, ObjectProvider<EnterpriseRatings> ratings, Clock clock,
                     @Value("${kerong.rating.rerate-on-publish:true}") boolean rerate) {
        this.models = models;
        this.ratings = ratings;
        this.clock = clock;
        this.rerate = rerate;
    }

    /** What became of the re-rating: started (with its run), queued behind a running run, or not started. */
    public enum Rerating { STARTED, AFTER_RUNNING, NONE }

    /** The published model and the re-rating that follows it ({@code runId} when it started at once). */
    public record Published(RatingModel model, Rerating rerating, Long runId) {
    }

    public Published publish(Actor actor, long draftId) {
        RatingModel model = models.publish(actor, draftId);
        EnterpriseRatings enterpriseRatings = rerate ? ratings.getIfAvailable() : null;
        if (enterpriseRatings == null) {
            return new Published(model, Rerating.NONE, null);
        }
        LocalDate today = LocalDate.now(clock);
        try {
            RatingRun run = enterpriseRatings.startRun(actor, today);
            return new Published(model, Rerating.STARTED, run.id());
        } catch (RatingRunInProgressException e) {
            waiting.execute(() -> startAfter(enterpriseRatings, e.runningId(), actor, today, model.version()));
            return new Published(model, Rerating.AFTER_RUNNING, null);
        }
    }

    /** Waits for the running run (it rates with the old model), then starts one with the new model. */
    private void startAfter(EnterpriseRatings enterpriseRatings, long runningId, Actor actor, LocalDate asOf,
                            int version) {
        Instant deadline = Instant.now().plus(GIVE_UP);
        long waitingFor = runningId;
        try {
            while (Instant.now().isBefore(deadline)) {
                if (enterpriseRatings.run(waitingFor).map(RatingRun::running).orElse(false)) {
                    Thread.sleep(POLL.toMillis());
                    continue;
                }
                try {
                    RatingRun run = enterpriseRatings.startRun(actor, asOf);
                    log.info("Re-rating with model version {} started as run {}", version, run.id());
                    return;
                } catch (RatingRunInProgressException again) {
                    waitingFor = again.runningId();
                }
            }
            log.warn("Gave up waiting to re-rate with model version {}; the nightly run will", version);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Re-rating with model version {} could not start", version, e);
        }
    }

    @Override
    public void destroy() {
        waiting.shutdownNow();
    }
}
