package io.kerong.rating;

/** The government department (or platform source) that delivers an indicator's data (数据来源部门). */
public enum Department {
    /** 市场监管 */
    MARKET_REGULATION,
    /** 税务 */
    TAXATION,
    /** 人社/社保 */
    SOCIAL_INSURANCE,
    /** 公积金 */
    HOUSING_FUND,
    /** 科技 */
    SCIENCE_TECHNOLOGY,
    /** 知识产权 */
    INTELLECTUAL_PROPERTY,
    /** 法院 */
    COURT,
    /** 海关 */
    CUSTOMS,
    /** 电力 */
    ELECTRIC_POWER,
    /** 统计 */
    STATISTICS,
    /** 工信 */
    INDUSTRY_IT,
    /** 生态环境 */
    ECOLOGY_ENVIRONMENT,
    /** 应急管理 */
    EMERGENCY_MANAGEMENT,
    /** 财政 */
    FINANCE,
    /** 水务: water use. */
    WATER_SUPPLY,
    /** 发展改革 (credit-information sharing, 信用中国). */
    DEVELOPMENT_REFORM,
    /** Derived from the platform's own enterprise registry (企业库). */
    REGISTRY,
    /** The industry community's endorsement (产业认定). */
    INDUSTRY_COMMUNITY
}
