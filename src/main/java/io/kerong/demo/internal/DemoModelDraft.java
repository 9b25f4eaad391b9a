package io.kerong.demo.internal;

import io.kerong.identity.Actor;
import io.kerong.rating.GradeBand;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A draft rating model for the demo (演示草稿): the published model with grade A tightened to 82 points and grade C
 * widened down to 48, so that the operator's comparison shows enterprises moving both ways before anything is edited.
 */
@Component
class DemoModelDraft {

    static final String NAME = "2026 版草稿：A 级收紧至 82 分，C 级放宽至 48 分";

    private final RatingModels models;

    DemoModelDraft(RatingModels models) {
        this.models = models;
    }

    RatingModel create(Actor operator) {
        RatingModel draft = models.createDraft(operator, models.current().version());
        List<GradeBand> grades = draft.grades().stream().map(band -> switch (band.grade()) {
            case A -> cutOff(band, "82");
            case C -> cutOff(band, "48");
            default -> band;
        }).toList();
        return models.saveDraft(operator, new RatingModel(draft.id(), draft.version(), draft.status(), NAME,
                draft.indicators(), draft.dimensionMax(), grades, draft.knockOuts(), draft.minimumPushGrade(),
                draft.endorsementRequired(), null));
    }

    private static GradeBand cutOff(GradeBand band, String minScore) {
        return new GradeBand(band.grade(), new BigDecimal(minScore), band.creditLineMin(), band.creditLineMax());
    }
}
