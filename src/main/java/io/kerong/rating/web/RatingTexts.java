package io.kerong.rating.web;

import io.kerong.rating.Change;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModel;
import io.kerong.rating.Score;
import io.kerong.rating.internal.ValueTexts;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A score's reasons, knock-outs and lift suggestions in the reader's language (rating bundle). */
@Component
class RatingTexts {

    private final MessageSource messages;

    RatingTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<WhatIfResponse.Reason> reasons(RatingModel model, Score score, Locale locale) {
        ValueTexts values = new ValueTexts(messages, locale);
        return score.reasons().stream().map(reason -> new WhatIfResponse.Reason(reason.indicator(), reason.points(),
                reason.maxPoints(), values.reason(model, reason))).toList();
    }

    List<WhatIfResponse.KnockOutHit> knockOuts(RatingModel model, List<String> held, Locale locale) {
        return model.knockOuts().stream().filter(rule -> held.contains(rule.code()))
                .map(rule -> new WhatIfResponse.KnockOutHit(rule.code(), rule.indicatorCode(),
                        messages.getMessage(rule.messageKey(), null, rule.code(), locale))).toList();
    }

    List<WhatIfResponse.Lift> lifts(RatingModel model, List<Change> changes, Locale locale) {
        return changes.stream().map(change -> WhatIfResponse.Lift.of(change, lift(model, change, locale))).toList();
    }

    String lift(RatingModel model, Change change, Locale locale) {
        Indicator indicator = model.indicator(change.indicator()).orElseThrow();
        ValueTexts values = new ValueTexts(messages, locale);
        Object[] args = {indicator.nameZh(), indicator.nameEn(), values.ofChange(indicator, change.currentValue()),
                values.ofChange(indicator, change.targetValue()),
                change.pointsGained().stripTrailingZeros().toPlainString()};
        String key = change.clearsKnockOut() != null ? "rating.lift.clearKnockOut" : "rating.lift.change";
        return messages.getMessage(key, args, locale);
    }

    /** The indicator's name in the reader's language. */
    String name(Indicator indicator, Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? indicator.nameZh() : indicator.nameEn();
    }
}
