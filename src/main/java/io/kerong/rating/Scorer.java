package io.kerong.rating;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scores an enterprise's indicator values with a rating model (增信评价打分): pure, thread-safe and fast. The model is
 * compiled into arrays once and the compiled form is reused while the same model instance is passed in.
 */
@Component
public class Scorer {

    /** Scores the latest value of each indicator (keyed by indicator code; absent or empty values count as missing). */
    public Score score(RatingModel model, Map<String, IndicatorValue> latestValues) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The smallest set of changes (fewest indicators, then fewest points to gain) to indicators the enterprise can
     * influence that lifts the grade by one; clearing every knock-out comes first. Empty when the grade is A or no
     * such set of at most two changes exists.
     */
    public List<Change> liftOneGrade(RatingModel model, Map<String, IndicatorValue> latestValues) {
        throw new UnsupportedOperationException("not yet");
    }
}
