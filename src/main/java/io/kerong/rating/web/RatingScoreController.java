package io.kerong.rating.web;

import io.kerong.rating.Change;
import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.Score;
import io.kerong.rating.Scorer;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final RatingTexts texts;

    RatingScoreController(RatingModels models, Scorer scorer, RatingTexts texts) {
        this.models = models;
        this.scorer = scorer;
        this.texts = texts;
    }

    @Operation(summary = "Score posted indicator values with the published rating model (stored nowhere)")
    @PostMapping(path = "/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    WhatIfResponse score(@RequestBody(required = false) String body, Locale locale) {
        RatingModel model = models.current();
        Map<String, IndicatorValue> values = WhatIfRequest.read(body, model);
        return respond(model, values, scorer, texts, locale);
    }

    static WhatIfResponse respond(RatingModel model, Map<String, IndicatorValue> values, Scorer scorer,
                                  RatingTexts texts, Locale locale) {
        Score score = scorer.score(model, values);
        List<Change> lift = scorer.liftOneGrade(model, values);
        return new WhatIfResponse(score.modelVersion(), score.totalScore(), score.dimensions(), score.grade(),
                score.creditLine(), texts.knockOuts(model, score.knockOuts(), locale), texts.reasons(model, score, locale),
                score.completeness(), texts.lifts(model, lift, locale));
    }
}
