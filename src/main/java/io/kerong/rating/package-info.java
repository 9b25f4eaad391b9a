/**
 * Credit-enhancement rating (增信评价): the indicator catalog (指标), versioned rating models (评价模型), the scorer that
 * turns department data into a score, a grade (等级) and a credit-line interval (授信区间), with knock-out rules (一票否决)
 * and explanations.
 */
package io.kerong.rating;
