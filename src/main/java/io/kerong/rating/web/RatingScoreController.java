package io.kerong.rating.web;

import io.kerong.rating.Change;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Score;
import io.kerong.rating.Scorer;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The what-if calculator (增信评价试算): any logged-in user scores posted values with the published model. */
@RestController
@RequestMapping("/api/v1/rating")
class RatingScoreController {

    private final RatingModels models;
    private final Scorer scorer;
    private final MessageSource messages;

    RatingScoreController(RatingModels models, Scorer scorer, MessageSource messages) {
        this.models = models;
        this.scorer = scorer;
        this.messages = messages;
    }

    @Operation(summary = "Score posted indicator values with the published rating model (stored nowhere)")
    @PostMapping(path = "/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    WhatIfResponse score(@RequestBody(required = false) String body, Locale locale) {
        RatingModel model = models.current();
        Map<String, IndicatorValue> values = WhatIfRequest.read(body, model);
        Score score = scorer.score(model, values);
        List<Change> lift = scorer.liftOneGrade(model, values);
        return new WhatIfResponse(score.modelVersion(), score.totalScore(), score.dimensions(), score.grade(),
                score.creditLine(), knockOuts(model, score, locale),
                score.reasons().stream().map(reason -> new WhatIfResponse.Reason(reason.indicator(), reason.points(),
                        reason.maxPoints(), messages.getMessage(reason.messageKey(), reason.args(), locale))).toList(),
                score.completeness(), lift.stream().map(change -> WhatIfResponse.Lift.of(change,
                        liftMessage(model, change, locale))).toList());
    }

    private List<WhatIfResponse.KnockOutHit> knockOuts(RatingModel model, Score score, Locale locale) {
        return model.knockOuts().stream().filter(rule -> score.knockOuts().contains(rule.code()))
                .map(rule -> new WhatIfResponse.KnockOutHit(rule.code(), rule.indicatorCode(),
                        messages.getMessage(rule.messageKey(), null, rule.code(), locale))).toList();
    }

    private String liftMessage(RatingModel model, Change change, Locale locale) {
        Indicator indicator = model.indicator(change.indicator()).orElseThrow();
        String noData = messages.getMessage("rating.lift.noData", null, locale);
        Object[] args = {indicator.nameZh(), indicator.nameEn(), shown(change.currentValue(), noData),
                shown(change.targetValue(), noData), change.pointsGained().stripTrailingZeros().toPlainString()};
        String key = change.clearsKnockOut() != null ? "rating.lift.clearKnockOut" : "rating.lift.change";
        return messages.getMessage(key, args, locale);
    }

    private static String shown(Object value, String noData) {
        return switch (value) {
            case null -> noData;
            case java.math.BigDecimal number -> number.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

}
