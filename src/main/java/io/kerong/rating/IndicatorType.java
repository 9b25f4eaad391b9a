package io.kerong.rating;

/** How an indicator's value is expressed. */
public enum IndicatorType {
    /** Any decimal number in the indicator's unit (e.g. 万元). */
    NUMBER,
    /** A percentage as a number: 6.5 means 6.5 % (unit "%"); growth ratios may be negative. */
    RATIO,
    /** A whole count ≥ 0. */
    COUNT,
    /** Yes or no; stored as number 1 / 0. */
    BOOLEAN,
    /** One of a fixed set of codes (e.g. 纳税信用等级 A/B/M/C/D); stored as text. */
    CATEGORY
}
