package io.kerong.rating.internal.report;

import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Scorer;
import io.kerong.rating.StoredRating;
import io.kerong.rating.internal.RatingAudience;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating reports (等级融资报告): checks who may see one and how far, then explains the newest stored rating the
 * reader may see (the latest, or the version a bank saw when it marked its credit intent) with the model version that
 * made it, and adds the history of grades up to it. Reading a report changes nothing.
 */
@Service
public class RatingReports {

    private final ReportAccess access;
    private final RatingAudience audience;
    private final EnterpriseRatings ratings;
    private final RatingModels models;
    private final Scorer scorer;
    private final RatingReportAssembler assembler;
    private final EnterpriseRegistry registry;

    RatingReports(ReportAccess access, RatingAudience audience, EnterpriseRatings ratings, RatingModels models,
                  Scorer scorer, RatingReportAssembler assembler, EnterpriseRegistry registry) {
        this.access = access;
        this.audience = audience;
        this.ratings = ratings;
        this.models = models;
        this.scorer = scorer;
        this.assembler = assembler;
        this.registry = registry;
    }

    /** The report of the enterprise, or {@link ReportNotFoundException} when the caller may not see it. */
    @Transactional(readOnly = true)
    public RatingReport report(Actor actor, long enterpriseId, Locale locale) {
        ReportAccess.Viewing viewing = access.check(actor, enterpriseId);
        List<StoredRating> history = audience.history(viewing.basis(), enterpriseId);
        ExplainedRating latest = history.isEmpty() ? null : explain(history.getFirst());
        return assembler.assemble(viewing.card(), viewing.ground(), latest, history, locale);
    }

    /** The registry id of the caller's own enterprise. */
    public long ownEnterpriseId(Actor actor) {
        return registry.mine(actor).enterprise().id();
    }

    private ExplainedRating explain(StoredRating stored) {
        RatingModel model = models.version(stored.modelVersion()).orElseThrow(() -> new IllegalStateException(
                "rating " + stored.id() + " names model version " + stored.modelVersion() + ", which is missing"));
        return new ExplainedRating(stored, ratings.explain(stored), model, scorer.liftOneGrade(model, stored.inputs()));
    }
}
