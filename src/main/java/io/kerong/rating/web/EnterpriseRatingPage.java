package io.kerong.rating.web;

import io.kerong.rating.internal.RatingAudience;
import io.kerong.rating.Change;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Scorer;
import io.kerong.rating.StoredRating;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the rating page shows for one enterprise, the enterprise's own or one the operator opened: the latest rating
 * explained, its history, and the smallest changes that would lift it one grade with the published model.
 */
@Component
class EnterpriseRatingPage {

    private final EnterpriseRatings ratings;
    private final RatingViews views;
    private final RatingModels models;
    private final Scorer scorer;
    private final RatingTexts texts;
    private final IndicatorData data;
    private final Clock clock;

    EnterpriseRatingPage(EnterpriseRatings ratings, RatingViews views, RatingModels models, Scorer scorer,
                         RatingTexts texts, IndicatorData data, Clock clock) {
        this.ratings = ratings;
        this.views = views;
        this.models = models;
        this.scorer = scorer;
        this.texts = texts;
        this.data = data;
        this.clock = clock;
    }

    String show(long enterpriseId, String enterpriseName, RatingAudience.Basis basis, Locale locale, Model model) {
        Optional<StoredRating> latest = ratings.latest(enterpriseId);
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", enterpriseName);
        model.addAttribute("own", basis.kind() == RatingAudience.Kind.OWN);
        model.addAttribute("rating", latest.map(rating -> views.view(rating, basis, locale)).orElse(null));
        model.addAttribute("history", views.history(enterpriseId));
        RatingModel published = models.current();
        List<Change> lift = latest.map(rating -> scorer.liftOneGrade(published, rating.inputs())).orElse(List.of());
        model.addAttribute("lifts", texts.lifts(published, lift, locale));
        model.addAttribute("topReasons", 8);
        return "rating/enterprise";
    }

    /** The values a what-if starts from: the latest rating's inputs, or today's data if never rated. */
    Map<String, IndicatorValue> currentValues(long enterpriseId) {
        return ratings.latest(enterpriseId).map(StoredRating::inputs)
                .orElseGet(() -> data.latest(enterpriseId, LocalDate.now(clock)));
    }
}
