package io.kerong.rating.web;

import io.kerong.enterprise.RegistryQueries;
import io.kerong.rating.Grade;
import io.kerong.rating.internal.comparison.DraftComparison;
import io.kerong.rating.internal.comparison.GradeChange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** One page of a comparison's grade changes with the enterprises' names, for the page and the API. */
@Component
class ComparisonView {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;

    private final RegistryQueries registry;

    ComparisonView(RegistryQueries registry) {
        this.registry = registry;
    }

    /** A listed grade change with the enterprise's name. */
    record ChangeRow(long enterpriseId, String name, Grade publishedGrade, Grade draftGrade,
                     BigDecimal publishedScore, BigDecimal draftScore, int steps) {
    }

    List<ChangeRow> page(DraftComparison comparison, int page, int size) {
        List<GradeChange> changes = comparison.page(page, size);
        Map<Long, String> names = registry.names(changes.stream().map(GradeChange::enterpriseId).toList());
        return changes.stream().map(c -> new ChangeRow(c.enterpriseId(), names.getOrDefault(c.enterpriseId(), "—"),
                c.publishedGrade(), c.draftGrade(), c.publishedScore(), c.draftScore(), c.steps())).toList();
    }

    static int clampPage(DraftComparison comparison, int page, int size) {
        return Math.max(1, Math.min(page, comparison.pages(size)));
    }
}
