package io.kerong.rating.internal;

import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorReason;
import io.kerong.rating.RatingModel;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.IndicatorValue;
import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Indicator values as a reader understands them: yes / no for booleans, the category's name instead of its code
 * (AEO → 海关高级认证企业), numbers with their unit. Unknown category codes are shown as they are. The report, the
 * enterprise's pages and the API word values the same way through this class.
 */
public final class ValueTexts {

    private final MessageSource messages;
    private final Locale locale;

    public ValueTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String of(Indicator indicator, IndicatorValue value) {
        if (value == null || value.isEmpty()) {
            return text("ratingreport.value.none");
        }
        return switch (indicator.type()) {
            case BOOLEAN -> yesNo(value.number().signum() != 0);
            case CATEGORY -> category(indicator, value.text());
            default -> number(indicator, value.number());
        };
    }

    /** A value as {@link io.kerong.rating.Change} holds it: BigDecimal, Boolean or a category code; null is missing. */
    public String ofChange(Indicator indicator, Object value) {
        return switch (value) {
            case null -> text("ratingreport.value.none");
            case Boolean b -> yesNo(b);
            case BigDecimal n -> indicator.type() == IndicatorType.BOOLEAN ? yesNo(n.signum() != 0) : number(indicator, n);
            default -> category(indicator, value.toString());
        };
    }

    public String category(Indicator indicator, String code) {
        return messages.getMessage("ratingreport.category." + indicator.code() + "." + code, null, code, locale);
    }

    /**
     * A number as people read it: at most two decimals (a derived ratio such as 3.268106142110371 % reads 3.27 %),
     * no trailing zeros.
     */
    public static String plain(BigDecimal number) {
        if (!BoundedDecimal.check("value", number, NumberKind.DECIMAL).ok()) {
            return number.toString(); // never written out digit by digit: 1E+1000000 has a million
        }
        BigDecimal shown = number.scale() > 2 ? number.setScale(2, RoundingMode.HALF_UP) : number;
        return shown.stripTrailingZeros().toPlainString();
    }

    /** As {@link #plain(BigDecimal)} for a number given as text; other text is returned as it is. */
    public static String plain(String text) {
        BoundedDecimal.Reading reading = BoundedDecimal.parse("value", text, NumberKind.DECIMAL);
        return reading.ok() ? plain(reading.value()) : text;
    }

    /** A reason's message, with a category's name in place of its code and numbers rounded to two decimals. */
    public String reason(RatingModel model, IndicatorReason reason) {
        Object[] args = reason.args();
        Indicator indicator = model.indicator(reason.indicator()).orElse(null);
        if (indicator != null && args.length > 2 && args[2] != null && !args[2].toString().isEmpty()) {
            args[2] = indicator.type() == IndicatorType.CATEGORY ? category(indicator, args[2].toString())
                    : plain(args[2].toString());
        }
        return messages.getMessage(reason.messageKey(), args, locale);
    }

    private String number(Indicator indicator, BigDecimal number) {
        String unit = indicator.unit() == null ? "" : indicator.unit();
        String shown = plain(number);
        return unit.isEmpty() || unit.equals("%") ? shown + unit : shown + " " + unit;
    }

    private String yesNo(boolean yes) {
        return text(yes ? "ratingreport.value.yes" : "ratingreport.value.no");
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
