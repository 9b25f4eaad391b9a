package io.kerong.rating.internal.comparison;

import io.kerong.rating.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft model compared with the published one on the same enterprises and data (草稿与现行模型对比):
 * {@code transitions[p][d]} counts the enterprises graded {@code p} by the published model and {@code d} by the draft
 * (grade ordinals); {@code changes} holds the most significant grade changes, biggest grade jumps first, at most
 * {@link GradeComparison#KEPT}; {@code changed} counts them all. Averages have two decimals; null without enterprises.
 */
public record DraftComparison(int draftVersion, int publishedVersion, LocalDate asOf, Instant computedAt,
                              long enterprises, long changed, long upgraded, long downgraded, long[][] transitions,
                              BigDecimal averagePublishedScore, BigDecimal averageDraftScore,
                              BigDecimal averageScoreChange, List<GradeChange> changes) {

    public DraftComparison {
        changes = List.copyOf(changes);
    }

    /** How many enterprises the published model puts in {@code published} and the draft in {@code draft}. */
    public long count(Grade published, Grade draft) {
        return transitions[published.ordinal()][draft.ordinal()];
    }

    public long publishedCount(Grade grade) {
        long sum = 0;
        for (long n : transitions[grade.ordinal()]) {
            sum += n;
        }
        return sum;
    }

    public long draftCount(Grade grade) {
        long sum = 0;
        for (long[] row : transitions) {
            sum += row[grade.ordinal()];
        }
        return sum;
    }

    /** True when more enterprises changed grade than are listed. */
    public boolean changesCapped() {
        return changed > changes.size();
    }

    /** One page of the listed changes (pages from 1); empty beyond the last. */
    public List<GradeChange> page(int page, int size) {
        int from = Math.max(0, (page - 1) * size);
        return from >= changes.size() ? List.of() : changes.subList(from, Math.min(changes.size(), from + size));
    }

    public int pages(int size) {
        return Math.max(1, (changes.size() + size - 1) / size);
    }
}
