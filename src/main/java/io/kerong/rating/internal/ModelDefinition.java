package io.kerong.rating.internal;

import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.Indicator;
import io.kerong.rating.KnockOut;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What {@code rating_model.definition} holds: the model without its identity and life-cycle fields, which live in
 * columns, so that publishing or retiring a model never touches its definition.
 */
record ModelDefinition(String name, List<Indicator> indicators, Map<Dimension, BigDecimal> dimensionMax,
                       List<GradeBand> grades, List<KnockOut> knockOuts, Grade minimumPushGrade,
                       boolean endorsementRequired) {

    static ModelDefinition of(RatingModel model) {
        return new ModelDefinition(model.name(), model.indicators(), model.dimensionMax(), model.grades(),
                model.knockOuts(), model.minimumPushGrade(), model.endorsementRequired());
    }

    RatingModel toModel(long id, int version, ModelStatus status, OffsetDateTime publishedAt) {
        return new RatingModel(id, version, status, name, indicators, dimensionMax, grades, knockOuts,
                minimumPushGrade, endorsementRequired, publishedAt);
    }
}
