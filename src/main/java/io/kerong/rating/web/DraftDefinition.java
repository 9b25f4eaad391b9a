package io.kerong.rating.web;

import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.GradeBand;
import io.kerong.rating.Indicator;
import io.kerong.rating.KnockOut;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.web.JsonInput;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code PUT /api/v1/rating/models/drafts/{id}}: a model definition in the shape of
 * {@code GET /api/v1/rating/models/current} (identity, status and dates, if sent, are ignored). Missing lists count as
 * empty, so that the validator names them; a knock-out rule without a message key gets the general one. JSON that
 * does not read as a definition is one error on {@code body}.
 */
record DraftDefinition(String name, List<Indicator> indicators, Map<Dimension, BigDecimal> dimensionMax,
                       List<GradeBand> grades, List<KnockOut> knockOuts, Grade minimumPushGrade,
                       Boolean endorsementRequired) {

    private static final JsonMapper MAPPER = JsonInput.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static DraftDefinition read(String body) {
        try {
            DraftDefinition definition = body == null || body.isBlank() ? null
                    : JsonInput.readValue(MAPPER, body, DraftDefinition.class);
            if (definition == null) {
                throw new InvalidInputException(Violation.of("body", "ratingmodel.api.body"));
            }
            return definition;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Violation.of("body", "ratingmodel.api.bodyInvalid",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The definition on the draft's identity. */
    RatingModel onto(RatingModel draft) {
        Map<Dimension, BigDecimal> maxima = new EnumMap<>(Dimension.class);
        if (dimensionMax != null) {
            dimensionMax.forEach((dimension, max) -> {
                if (dimension != null && max != null) {
                    maxima.put(dimension, max);
                }
            });
        }
        return new RatingModel(draft.id(), draft.version(), ModelStatus.DRAFT, name, orEmpty(indicators), maxima,
                orEmpty(grades), orEmpty(knockOuts).stream().map(DraftDefinition::withMessage).toList(),
                minimumPushGrade, Boolean.TRUE.equals(endorsementRequired), null);
    }

    /** A rule sent without a message key gets the general knock-out message, as one added on the page does. */
    private static KnockOut withMessage(KnockOut rule) {
        return rule.messageKey() == null || rule.messageKey().isBlank()
                ? new KnockOut(rule.code(), rule.indicatorCode(), rule.condition(), KnockOutForm.NEW_RULE_MESSAGE)
                : rule;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
