package io.kerong.rating;

/** Life cycle of a rating model (评价模型): a draft is edited, published once, and retired when the next is published. */
public enum ModelStatus {
    DRAFT, PUBLISHED, RETIRED
}
