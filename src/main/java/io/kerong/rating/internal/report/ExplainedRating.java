package io.kerong.rating.internal.report;

import io.kerong.rating.Change;
import io.kerong.rating.RatingModel;
import io.kerong.rating.Score;
import io.kerong.rating.StoredRating;
import java.util.List;

/**
 * A stored rating with what explains it: the full score recomputed from its inputs, the model version that made it,
 * and the smallest changes that would lift its grade (提升一级).
 */
public record ExplainedRating(StoredRating stored, Score score, RatingModel model, List<Change> lift) {

    public ExplainedRating {
        lift = List.copyOf(lift);
    }
}
