package io.kerong.rating;

/** The four dimensions (维度) a rating model scores; each has a maximum in the model. */
public enum Dimension {
    /** 风险性: compliance, courts, tax and social-insurance regularity, penalties. */
    RISK,
    /** 创新性: R&D, tech staff, intellectual property, qualifications. */
    INNOVATION,
    /** 成长性: revenue, tax, employment and energy-use growth. */
    GROWTH,
    /** 产业链: position in the industry chain, including the industry community's endorsement (产业认定). */
    INDUSTRY_CHAIN
}
