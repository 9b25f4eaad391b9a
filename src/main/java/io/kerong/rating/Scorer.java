package io.kerong.rating;

import io.kerong.rating.internal.CompiledModel;
import io.kerong.rating.internal.GradeLift;
import io.kerong.rating.internal.ScoreCalculation;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scores an enterprise's indicator values with a rating model (增信评价打分): pure, thread-safe and fast. The model is
 * compiled into arrays once; the compiled form is kept while callers pass the same model instance (a nightly run
 * scores every enterprise with one model), and rebuilt when another instance comes.
 */
@Component
public class Scorer {

    private volatile CompiledModel last;

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
        CompiledModel compiled = last;
        if (compiled == null || compiled.source() != model) {
            compiled = new CompiledModel(model);
            last = compiled;
        }
        return compiled;
    }
}
