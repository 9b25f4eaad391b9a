package io.kerong.rating;

/**
 * An industry community decided an enterprise's application for endorsement (产业认定): endorsed or rejected. The
 * endorsement is an indicator of the industry-chain dimension, so the enterprise is re-rated at once rather than at the
 * next nightly run.
 */
public record IndustryEndorsementDecided(long enterpriseId, boolean endorsed) {
}
