package io.kerong.rating.web;

import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Score;
import io.kerong.rating.StoredRating;
import io.kerong.rating.internal.results.LatestRatingList;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns stored ratings into {@link RatingView}s: the score recomputed from the inputs for its reasons. */
@Component
class RatingViews {

    private final EnterpriseRatings ratings;
    private final RatingModels models;
    private final RatingTexts texts;
    private final LatestRatingList list;
    private final MessageSource messages;
    private final Clock clock;

    RatingViews(EnterpriseRatings ratings, RatingModels models, RatingTexts texts, LatestRatingList list,
                MessageSource messages, Clock clock) {
        this.clock = clock;
        this.ratings = ratings;
        this.models = models;
        this.texts = texts;
        this.list = list;
        this.messages = messages;
    }

    Optional<RatingView> latest(long enterpriseId, String basis, Locale locale) {
        return ratings.latest(enterpriseId).map(rating -> view(rating, basis, locale));
    }

    RatingView view(StoredRating rating, String basis, Locale locale) {
        RatingModel model = models.version(rating.modelVersion()).orElseThrow();
        Score score = ratings.explain(rating);
        return new RatingView(rating.id(), rating.enterpriseId(), rating.modelVersion(), rating.asOf(),
                rating.ratedAt().atZone(clock.getZone()).toOffsetDateTime(), rating.trigger(), rating.grade(), rating.previousGrade(), rating.totalScore(),
                model.maxTotal().setScale(2), rating.creditLine(), rating.dimensions(),
                texts.knockOuts(model, rating.knockOuts(), locale), texts.reasons(model, score, locale),
                rating.completeness(), list.confirmedAsOf(rating.ratedAt()).orElse(null), basis,
                messages.getMessage(basis, null, basis, locale));
    }

    List<RatingView.HistoryEntry> history(long enterpriseId) {
        return ratings.history(enterpriseId).stream().map(rating -> RatingView.HistoryEntry.of(rating, clock.getZone())).toList();
    }
}
