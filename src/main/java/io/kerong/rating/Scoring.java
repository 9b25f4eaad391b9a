package io.kerong.rating;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;

/**
 * How an indicator (指标) turns a value into points: by bins, by category or by yes/no. Every scoring says what a
 * missing value scores. Points are decimals with at most two places. In JSON the kind is named by {@code "kind"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BinScoring.class, name = "BINS"),
        @JsonSubTypes.Type(value = CategoryScoring.class, name = "CATEGORY"),
        @JsonSubTypes.Type(value = BooleanScoring.class, name = "BOOLEAN")})
public sealed interface Scoring permits BinScoring, CategoryScoring, BooleanScoring {

    /** The most points any value can earn. */
    @JsonIgnore
    BigDecimal maxPoints();

    /** Points when the enterprise has no value for the indicator. */
    BigDecimal missingPoints();
}
