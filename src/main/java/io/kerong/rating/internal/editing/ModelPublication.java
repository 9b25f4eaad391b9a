package io.kerong.rating.internal.editing;

import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Publishes a draft (发布模型) and then re-rates every enterprise with it in the background, so that the grades follow
 * the new model without waiting for the nightly run. Re-ratings run one at a time on their own thread; without an
 * {@link EnterpriseRatings} in the platform, the grades follow at the next rating.
 */
@Component
public class ModelPublication implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelPublication.class);

    private final RatingModels models;
    private final ObjectProvider<EnterpriseRatings> ratings;
    private final Clock clock;
    private final ExecutorService rerating = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("rating-rerun").daemon(true).factory());

    ModelPublication(RatingModels models, ObjectProvider<EnterpriseRatings> ratings, Clock clock) {
        this.models = models;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** The published model and whether a re-rating of all enterprises was started. */
    public record Published(RatingModel model, boolean reratingStarted) {
    }

    public Published publish(Actor actor, long draftId) {
        RatingModel model = models.publish(actor, draftId);
        EnterpriseRatings enterpriseRatings = ratings.getIfAvailable();
        if (enterpriseRatings == null) {
            return new Published(model, false);
        }
        LocalDate today = LocalDate.now(clock);
        rerating.execute(() -> rateAll(enterpriseRatings, actor, today, model.version()));
        return new Published(model, true);
    }

    private static void rateAll(EnterpriseRatings ratings, Actor actor, LocalDate asOf, int version) {
        try {
            var run = ratings.rateAll(actor, asOf);
            log.info("Re-rated {} enterprises with model version {} ({} changed grade)", run.rated(), version,
                    run.gradeChanged());
        } catch (RuntimeException e) {
            log.error("Re-rating with model version {} failed", version, e);
        }
    }

    @Override
    public void destroy() {
        rerating.shutdownNow();
    }
}
