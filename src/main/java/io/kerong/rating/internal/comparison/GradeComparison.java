package io.kerong.rating.internal.comparison;

import io.kerong.rating.Grade;
import io.kerong.rating.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Accumulates the scores of one enterprise after another under both models in constant memory: a 4 × 4 transition
 * matrix, score sums in hundredths, and a bounded heap of the most significant grade changes, so that comparing a
 * registry of millions holds no more than {@link #KEPT} changes.
 */
public final class GradeComparison {

    /** Most grade changes kept for the list; the rest are only counted. */
    public static final int KEPT = 2_000;

    /** Biggest grade jump first, then the biggest score change, then registry order. */
    static final Comparator<GradeChange> MOST_SIGNIFICANT = Comparator
            .comparingInt((GradeChange c) -> Math.abs(c.steps())).reversed()
            .thenComparing((GradeChange c) -> c.scoreChange().abs(), Comparator.reverseOrder())
            .thenComparingLong(GradeChange::enterpriseId);

    private final int kept;
    private final long[][] transitions = new long[Grade.values().length][Grade.values().length];
    private final PriorityQueue<GradeChange> changes;
    private long enterprises;
    private long changed;
    private long upgraded;
    private long publishedHundredths;
    private long draftHundredths;

    public GradeComparison() {
        this(KEPT);
    }

    GradeComparison(int kept) {
        this.kept = kept;
        this.changes = new PriorityQueue<>(MOST_SIGNIFICANT.reversed());
    }

    public void add(long enterpriseId, Score published, Score draft) {
        enterprises++;
        transitions[published.grade().ordinal()][draft.grade().ordinal()]++;
        publishedHundredths += hundredths(published.totalScore());
        draftHundredths += hundredths(draft.totalScore());
        if (published.grade() != draft.grade()) {
            changed++;
            if (draft.grade().atLeast(published.grade())) {
                upgraded++;
            }
            keep(new GradeChange(enterpriseId, published.grade(), draft.grade(), published.totalScore(),
                    draft.totalScore()));
        }
    }

    /** Keeps the change if it is among the {@code kept} most significant so far (the heap's head is the least). */
    private void keep(GradeChange change) {
        changes.add(change);
        if (changes.size() > kept) {
            changes.poll();
        }
    }

    public DraftComparison result(int draftVersion, int publishedVersion, LocalDate asOf, Instant computedAt) {
        List<GradeChange> listed = new ArrayList<>(changes);
        listed.sort(MOST_SIGNIFICANT);
        long[][] copy = new long[transitions.length][];
        for (int i = 0; i < transitions.length; i++) {
            copy[i] = transitions[i].clone();
        }
        return new DraftComparison(draftVersion, publishedVersion, asOf, computedAt, enterprises, changed, upgraded,
                changed - upgraded, copy, average(publishedHundredths), average(draftHundredths),
                average(draftHundredths - publishedHundredths), listed);
    }

    private BigDecimal average(long sumOfHundredths) {
        if (enterprises == 0) {
            return null;
        }
        return BigDecimal.valueOf(sumOfHundredths).movePointLeft(2)
                .divide(BigDecimal.valueOf(enterprises), 2, RoundingMode.HALF_UP);
    }

    private static long hundredths(BigDecimal score) {
        return score.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
