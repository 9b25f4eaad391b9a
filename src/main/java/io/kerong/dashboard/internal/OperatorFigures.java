package io.kerong.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The operator dashboard's figures (运营看板数据), as served by {@code GET /api/v1/dashboard/operator}. Labels are in
 * the caller's language; codes stay stable for scripts.
 *
 * @param cities           per province code, its prefecture-level cities
 * @param qualifications   valid 高企, 科技型中小企业, 专精特新, 小巨人 on {@code asOf}, then support-list members
 */
public record OperatorFigures(LocalDate asOf, long enterprises, List<Region> provinces, Map<String, List<Region>> cities,
                              List<Count> industries, List<Count> qualifications, Evaluation evaluation,
                              long pendingRegistrations) {

    /** A region's GB/T 2260 code, name and number of enterprises. */
    public record Region(String code, String name, long enterprises) {
    }

    /** A category's code, its label and number of enterprises. */
    public record Count(String code, String label, long enterprises) {
    }

    /** Latest tech-SME evaluation per enterprise: how many evaluated, how many qualified, and the share (0–1). */
    public record Evaluation(long evaluated, long qualified, BigDecimal passRate) {
    }
}
