package io.kerong.rating.web;

import io.kerong.rating.Change;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorReason;
import io.kerong.rating.RatingModel;
import io.kerong.rating.Score;
import java.math.BigDecimal;
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

    List<WhatIfResponse.Reason> reasons(Score score, Locale locale) {
        return score.reasons().stream().map(reason -> reason(reason, locale)).toList();
    }

    WhatIfResponse.Reason reason(IndicatorReason reason, Locale locale) {
        return new WhatIfResponse.Reason(reason.indicator(), reason.points(), reason.maxPoints(),
                messages.getMessage(reason.messageKey(), reason.args(), locale));
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
        Object[] args = {indicator.nameZh(), indicator.nameEn(), shown(change.currentValue(), indicator, locale),
                shown(change.targetValue(), indicator, locale),
                change.pointsGained().stripTrailingZeros().toPlainString()};
        String key = change.clearsKnockOut() != null ? "rating.lift.clearKnockOut" : "rating.lift.change";
        return messages.getMessage(key, args, locale);
    }

    /** The indicator's name in the reader's language. */
    String name(Indicator indicator, Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? indicator.nameZh() : indicator.nameEn();
    }

    private String shown(Object value, Indicator indicator, Locale locale) {
        String unit = indicator.unit() == null ? "" : indicator.unit();
        return switch (value) {
            case null -> messages.getMessage("rating.lift.noData", null, locale);
            case Boolean flag -> messages.getMessage(flag ? "rating.value.yes" : "rating.value.no", null, locale);
            case BigDecimal number -> number.stripTrailingZeros().toPlainString() + unit;
            default -> value.toString();
        };
    }
}
