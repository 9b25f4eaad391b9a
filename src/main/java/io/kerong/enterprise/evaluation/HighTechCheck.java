package io.kerong.enterprise.evaluation;

/** The outcome of one named quantitative condition of the high-tech enterprise pre-check (高企认定条件). */
public record HighTechCheck(String rule, boolean passed, Reason reason) {
}
