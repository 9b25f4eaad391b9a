package io.kerong.rating.internal.quality;

import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.LoanOutcome;
import io.kerong.rating.LoanOutcomes;
import io.kerong.rating.StoredRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers the loan outcomes of a period from every {@link LoanOutcomes} bean and measures the model's quality on
 * them (模型质量). A loan without score and grade gets them from its stored rating, or from the enterprise's rating
 * valid on the day of the grant (the latest made as of that day or before); a loan with neither is counted as unrated
 * and left out.
 */
@Service
public class ModelQualityReports {

    private final ObjectProvider<LoanOutcomes> outcomes;
    private final ObjectProvider<EnterpriseRatings> ratings;

    ModelQualityReports(ObjectProvider<LoanOutcomes> outcomes, ObjectProvider<EnterpriseRatings> ratings) {
        this.outcomes = outcomes;
        this.ratings = ratings;
    }

    public QualityReport report(LocalDate from, LocalDate to) {
        List<LoanOutcomes> sources = outcomes.orderedStream().toList();
        if (sources.isEmpty()) {
            return new QualityReport(from, to, false, 0, null);
        }
        List<Observation> observations = new ArrayList<>();
        int unrated = 0;
        EnterpriseRatings stored = ratings.getIfAvailable();
        for (LoanOutcomes source : sources) {
            for (LoanOutcome outcome : source.grantedBetween(from, to)) {
                Optional<Observation> observation = observe(outcome, stored);
                if (observation.isPresent()) {
                    observations.add(observation.get());
                } else {
                    unrated++;
                }
            }
        }
        return new QualityReport(from, to, true, unrated, observations.isEmpty() ? null : ModelQuality.of(observations));
    }

    private static Optional<Observation> observe(LoanOutcome outcome, EnterpriseRatings stored) {
        if (outcome.hasScore()) {
            return Optional.of(new Observation(outcome.score(), outcome.grade(), outcome.defaulted()));
        }
        if (stored == null) {
            return Optional.empty();
        }
        Optional<StoredRating> rating = outcome.ratingId() != null ? stored.find(outcome.ratingId())
                : stored.history(outcome.enterpriseId()).stream()
                        .filter(r -> !r.asOf().isAfter(outcome.grantedOn())).findFirst();
        return rating.map(r -> new Observation(r.totalScore(), r.grade(), outcome.defaulted()));
    }
}
