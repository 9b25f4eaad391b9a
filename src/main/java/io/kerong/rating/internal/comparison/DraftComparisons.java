package io.kerong.rating.internal.comparison;

import io.kerong.rating.IndicatorData;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Scorer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Compares a draft with the published model (模型对比): every enterprise of the registry is scored with both on the
 * same data as of today, page by page. The last few results are kept for a few minutes, so that paging through the
 * list of changes and the publish confirmation do not score the registry again; any edit of the draft, a newly
 * published model or a new day makes a new comparison.
 */
@Service
public class DraftComparisons {

    static final int REMEMBERED = 4;
    static final Duration FRESH = Duration.ofMinutes(5);

    private final IndicatorData data;
    private final Scorer scorer;
    private final RatingModels models;
    private final Clock clock;
    private final Map<Key, DraftComparison> recent = new LinkedHashMap<>(8, 0.75f, true);

    DraftComparisons(IndicatorData data, Scorer scorer, RatingModels models, Clock clock) {
        this.data = data;
        this.scorer = scorer;
        this.models = models;
        this.clock = clock;
    }

    /** The comparison of the draft with the published model; {@code fresh} scores again even if one is remembered. */
    public DraftComparison compare(RatingModel draft, boolean fresh) {
        if (draft.status() != ModelStatus.DRAFT) {
            throw new IllegalArgumentException("only drafts are compared, version " + draft.version() + " is "
                    + draft.status());
        }
        RatingModel published = models.current();
        LocalDate today = LocalDate.now(clock);
        Key key = new Key(draft, published.id(), today);
        DraftComparison known = remembered(key);
        if (known != null && !fresh) {
            return known;
        }
        DraftComparison result = score(draft, published, today);
        remember(key, result);
        return result;
    }

    private DraftComparison score(RatingModel draft, RatingModel published, LocalDate asOf) {
        GradeComparison comparison = new GradeComparison();
        data.forEachEnterprise(asOf, enterprise -> comparison.add(enterprise.enterpriseId(),
                scorer.score(published, enterprise.values()), scorer.score(draft, enterprise.values())));
        return comparison.result(draft.version(), published.version(), asOf, clock.instant());
    }

    private synchronized DraftComparison remembered(Key key) {
        DraftComparison known = recent.get(key);
        if (known != null && known.computedAt().plus(FRESH).isBefore(Instant.now(clock))) {
            recent.remove(key);
            return null;
        }
        return known;
    }

    private synchronized void remember(Key key, DraftComparison result) {
        recent.put(key, result);
        while (recent.size() > REMEMBERED) {
            recent.remove(recent.keySet().iterator().next());
        }
    }

    /** The draft's whole definition is part of the key: a saved change is a different key. */
    private record Key(RatingModel draft, long publishedId, LocalDate asOf) {
    }
}
