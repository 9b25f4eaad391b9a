package io.kerong.rating;

/**
 * One indicator (指标) of a rating model: what it measures, which department delivers it, in which dimension it
 * counts and how it scores. {@code controllable} is false for indicators the enterprise cannot change by its own
 * effort (industry averages, the age of the company); explanations never suggest changing those.
 * {@code rationale} says why the indicator is in the model and why its bins are where they are.
 */
public record Indicator(String code, String nameZh, String nameEn, Dimension dimension, Department department,
                        String unit, IndicatorType type, Direction direction, Period period, Scoring scoring,
                        boolean controllable, String rationale) {

    /** An indicator the enterprise can influence, without a rationale. */
    public Indicator(String code, String nameZh, String nameEn, Dimension dimension, Department department,
                     String unit, IndicatorType type, Direction direction, Period period, Scoring scoring) {
        this(code, nameZh, nameEn, dimension, department, unit, type, direction, period, scoring, true, null);
    }

    /** True when a value of this indicator is a number (everything but CATEGORY). */
    public boolean numeric() {
        return type != IndicatorType.CATEGORY;
    }
}
