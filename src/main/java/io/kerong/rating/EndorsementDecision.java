package io.kerong.rating;

/** An industry community's decision on an application (产业认定结论): endorsed, or rejected with a reason. */
public enum EndorsementDecision {
    ENDORSED, REJECTED
}
