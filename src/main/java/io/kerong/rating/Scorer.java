package io.kerong.rating;

import io.kerong.rating.internal.CompiledModel;
import io.kerong.rating.internal.GradeLift;
import io.kerong.rating.internal.ScoreCalculation;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scores an enterprise's indicator values with a rating model (增信评价打分): pure, thread-safe and fast. The model is
 * compiled into arrays once per model instance and kept for the last few instances (a nightly run scores every
 * enterprise with one instance; a comparison alternates a draft and the published model).
 */
@Component
public class Scorer {

    /** Compiled forms of the last few model instances (a draft compared with the published model needs two). */
    private static final int KEPT = 4;

    private volatile CompiledModel[] recent = new CompiledModel[0];

    /** Scores the latest value of each indicator (keyed by indicator code; absent or invalid values count as missing). */
    public Score score(RatingModel model, Map<String, IndicatorValue> latestValues) {
        return new ScoreCalculation(compiled(model)).score(latestValues);
    }

    /**
     * The smallest set of changes lifting the grade by one: every knock-out (一票否决) cleared first, then one change
     * to an indicator the enterprise can influence if one suffices, else two, with the fewest bins of effort.
     * Empty when the grade is A or no such set exists; when knock-outs hold, the changes that clear them (marked by
     * {@link Change#clearsKnockOut()}) are returned even if two more changes cannot reach C.
     */
    public List<Change> liftOneGrade(RatingModel model, Map<String, IndicatorValue> latestValues) {
        return new GradeLift(compiled(model)).changes(latestValues);
    }

    private CompiledModel compiled(RatingModel model) {
        CompiledModel[] known = recent;
        for (CompiledModel compiled : known) {
            if (compiled.source() == model) {
                return compiled;
            }
        }
        CompiledModel compiled = new CompiledModel(model);
        CompiledModel[] next = new CompiledModel[Math.min(known.length + 1, KEPT)];
        next[0] = compiled;
        System.arraycopy(known, 0, next, 1, next.length - 1);
        recent = next;
        return compiled;
    }
}
