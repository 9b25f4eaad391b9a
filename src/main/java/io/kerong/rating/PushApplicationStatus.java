package io.kerong.rating;

/** Where an application for the financing push stands (申请状态). */
public enum PushApplicationStatus {
    /** 待认定: waiting for the industry community. */
    SUBMITTED,
    /** 认定通过: endorsed by the industry community (产业认定). */
    ENDORSED,
    /** 认定未通过: rejected by the industry community, with a reason. */
    REJECTED,
    /** 已撤回: withdrawn by the enterprise (its consent ends with it). */
    WITHDRAWN;

    public String messageKey() {
        return "ratingpush.status." + name();
    }
}
