package io.kerong.rating;

/**
 * Why an application is not, or no longer, on the push list (未推送原因). The rules are checked in this order, and the
 * first that fails is the reason shown.
 */
public enum PushExclusion {
    /** The enterprise withdrew its application. */
    WITHDRAWN,
    /** The industry community rejected the application. */
    REJECTED,
    /** The published model requires the endorsement (产业认定) and the community has not given it. */
    NOT_ENDORSED,
    /** The enterprise has no rating yet. */
    NOT_RATED,
    /** The enterprise's latest grade is below the model's minimum push grade. */
    BELOW_MINIMUM;

    public String messageKey() {
        return "ratingpush.exclusion." + name();
    }
}
