package io.kerong.rating.internal.results;

import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingRunInProgressException;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly re-rating of all enterprises (每日批量评价) as of the day, by the platform itself. The schedule is
 * {@code kerong.rating.nightly.cron} in {@code kerong.rating.nightly.zone}; {@code -} switches it off. On several nodes
 * each one tries, and all but the first find the run in progress or, later, a run that changes nothing.
 */
@Component
class NightlyRatings {

    private static final Logger log = LoggerFactory.getLogger(NightlyRatings.class);

    private final EnterpriseRatings ratings;
    private final Clock clock;

    NightlyRatings(EnterpriseRatings ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    @Scheduled(cron = "${kerong.rating.nightly.cron:0 30 2 * * *}", zone = "${kerong.rating.nightly.zone:Asia/Shanghai}")
    void rateEveryEnterprise() {
        try {
            ratings.rateAllAsPlatform(LocalDate.now(clock));
        } catch (RatingRunInProgressException e) {
            log.info("Nightly rating skipped: run {} is still going on", e.runningId());
        } catch (RuntimeException e) {
            log.error("Nightly rating failed", e);
        }
    }
}
