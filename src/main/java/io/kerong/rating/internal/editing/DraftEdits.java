package io.kerong.rating.internal.editing;

import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.Indicator;
import io.kerong.rating.KnockOut;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The edits an operator makes to a draft (草稿修改), each giving a new model with one part replaced; validation is
 * left to {@link io.kerong.rating.RatingModels#saveDraft}, which checks the whole model.
 */
public final class DraftEdits {

    private DraftEdits() {
    }

    /** The general settings: name, dimension maxima, grade bands, minimum push grade, endorsement. */
    public static RatingModel settings(RatingModel model, String name, Map<Dimension, BigDecimal> dimensionMax,
                                       List<GradeBand> grades, Grade minimumPushGrade, boolean endorsementRequired) {
        return new RatingModel(model.id(), model.version(), model.status(), name, model.indicators(), dimensionMax,
                grades, model.knockOuts(), minimumPushGrade, endorsementRequired, model.publishedAt());
    }

    public static RatingModel knockOuts(RatingModel model, List<KnockOut> knockOuts) {
        return new RatingModel(model.id(), model.version(), model.status(), model.name(), model.indicators(),
                model.dimensionMax(), model.grades(), knockOuts, model.minimumPushGrade(),
                model.endorsementRequired(), model.publishedAt());
    }

    /** Replaces the indicator with the same code, in place. */
    public static RatingModel replace(RatingModel model, Indicator indicator) {
        List<Indicator> indicators = new ArrayList<>(model.indicators());
        int at = position(model, indicator.code());
        if (at < 0) {
            throw new IllegalArgumentException("no indicator " + indicator.code() + " in version " + model.version());
        }
        indicators.set(at, indicator);
        return indicators(model, indicators);
    }

    /** Leaves the indicator out of the model (停用). */
    public static RatingModel disable(RatingModel model, String code) {
        List<Indicator> indicators = new ArrayList<>(model.indicators());
        indicators.removeIf(indicator -> indicator.code().equals(code));
        return indicators(model, indicators);
    }

    /**
     * Takes the indicator into the model again (启用), after the last indicator of its dimension and department, or of
     * its dimension, so that the model keeps its grouping.
     */
    public static RatingModel enable(RatingModel model, Indicator indicator) {
        if (position(model, indicator.code()) >= 0) {
            return model;
        }
        List<Indicator> indicators = new ArrayList<>(model.indicators());
        int at = -1;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator other = indicators.get(i);
            boolean sameDimension = other.dimension() == indicator.dimension();
            if (sameDimension && (other.department() == indicator.department() || at < 0
                    || indicators.get(at).department() != indicator.department())) {
                at = i;
            }
        }
        indicators.add(at < 0 ? indicators.size() : at + 1, indicator);
        return indicators(model, indicators);
    }

    public static int position(RatingModel model, String code) {
        for (int i = 0; i < model.indicators().size(); i++) {
            if (model.indicators().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static RatingModel indicators(RatingModel model, List<Indicator> indicators) {
        return new RatingModel(model.id(), model.version(), model.status(), model.name(), indicators,
                model.dimensionMax(), model.grades(), model.knockOuts(), model.minimumPushGrade(),
                model.endorsementRequired(), model.publishedAt());
    }
}
