package io.kerong.rating.web;

import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.ReportGround;
import io.kerong.rating.Score;
import io.kerong.rating.StoredRating;
import io.kerong.rating.internal.RatingAudience;
import io.kerong.rating.internal.RatingAudience.Basis;
import io.kerong.rating.internal.results.LatestRatingList;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns stored ratings into {@link RatingView}s: the score recomputed from the inputs for its reasons. What a caller
 * sees, and how far back, is {@link RatingAudience}'s to say.
 */
@Component
class RatingViews {

    private final EnterpriseRatings ratings;
    private final RatingAudience audience;
    private final RatingModels models;
    private final RatingTexts texts;
    private final LatestRatingList list;
    private final MessageSource messages;
    private final Clock clock;

    RatingViews(EnterpriseRatings ratings, RatingAudience audience, RatingModels models, RatingTexts texts,
                LatestRatingList list, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.ratings = ratings;
        this.audience = audience;
        this.models = models;
        this.texts = texts;
        this.list = list;
        this.messages = messages;
    }

    /** The newest rating the basis shows: the latest, or the version a bank saw, never a later one. */
    Optional<RatingView> latest(long enterpriseId, Basis basis, Locale locale) {
        return audience.latest(basis, enterpriseId).map(rating -> view(rating, RatingVisibility.wording(basis),
                !basis.limited(), locale));
    }

    /** A rating seen on a basis that stands (the enterprise's own, the operator's): every rating. */
    RatingView view(StoredRating rating, Basis basis, Locale locale) {
        return view(rating, RatingVisibility.wording(basis), true, locale);
    }

    /** @param current whether this is the latest rating, which a later run may have confirmed */
    private RatingView view(StoredRating rating, ReportGround basis, boolean current, Locale locale) {
        RatingModel model = models.version(rating.modelVersion()).orElseThrow();
        Score score = ratings.explain(rating);
        String key = basis.messageKey();
        return new RatingView(rating.id(), rating.enterpriseId(), rating.modelVersion(), rating.asOf(),
                rating.ratedAt().atZone(clock.getZone()).toOffsetDateTime(), rating.trigger(), rating.grade(),
                rating.previousGrade(), rating.totalScore(), model.maxTotal().setScale(2), rating.creditLine(),
                rating.dimensions(), texts.knockOuts(model, rating.knockOuts(), locale),
                texts.reasons(model, score, locale), rating.completeness(),
                current ? list.confirmedAsOf(rating.ratedAt()).orElse(null) : null, basis.code(),
                messages.getMessage(key, basis.args().toArray(), key, locale));
    }

    /** Every stored rating of the enterprise (own, operator), newest first. */
    List<RatingView.HistoryEntry> history(long enterpriseId) {
        return entries(ratings.history(enterpriseId));
    }

    /** The stored ratings the basis shows, newest first. */
    List<RatingView.HistoryEntry> history(long enterpriseId, Basis basis) {
        return entries(audience.history(basis, enterpriseId));
    }

    private List<RatingView.HistoryEntry> entries(List<StoredRating> ratings) {
        return ratings.stream().map(rating -> RatingView.HistoryEntry.of(rating, clock.getZone())).toList();
    }
}
