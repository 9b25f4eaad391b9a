package io.kerong.rating.web;

import io.kerong.rating.Grade;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModel;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Says in words which part of a model a validator's field path is about ({@code indicators[12].scoring.bins[0]} →
 * "指标 RD_RATIO 研发费用占营业收入比例"), for the errors listed above a form.
 */
final class FieldLabels implements Function<String, String> {

    private static final Pattern INDEXED = Pattern.compile("(indicators|grades|knockOuts)\\[(\\d+)].*");

    private final RatingModel model;
    private final MessageSource messages;
    private final Locale locale;

    FieldLabels(RatingModel model, MessageSource messages, Locale locale) {
        this.model = model;
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public String apply(String field) {
        if (field == null) {
            return null;
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            return indexed(indexed.group(1), Integer.parseInt(indexed.group(2)));
        }
        if (field.startsWith("dimensionMax.")) {
            String dimension = field.substring("dimensionMax.".length());
            return message("ratingmodel.label.dimensionMax", message("rating.dimension." + dimension));
        }
        return switch (field) {
            case "name" -> message("ratingmodel.settings.name");
            case "grades" -> message("ratingmodel.settings.grades");
            case "minimumPushGrade" -> message("ratingmodel.settings.minimumPushGrade");
            case "indicators" -> message("ratingmodel.indicators");
            default -> null;
        };
    }

    private String indexed(String list, int index) {
        return switch (list) {
            case "indicators" -> index < model.indicators().size()
                    ? label(model.indicators().get(index)) : message("ratingmodel.indicators");
            case "grades" -> index < Grade.values().length
                    ? message("ratingmodel.label.grade", Grade.values()[index].name()) : message("ratingmodel.settings.grades");
            default -> index < model.knockOuts().size()
                    ? message("ratingmodel.label.knockOut", String.valueOf(model.knockOuts().get(index).code()))
                    : message("ratingmodel.knockOuts");
        };
    }

    private String label(Indicator indicator) {
        return message("ratingmodel.label.indicator", indicator.code(),
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? indicator.nameEn() : indicator.nameZh());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
