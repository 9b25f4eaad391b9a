package io.kerong.rating.internal.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.rating.CreditLine;
import io.kerong.rating.Grade;
import io.kerong.rating.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeComparisonTest {

    private static Score score(String total, Grade grade) {
        return new Score(1, new BigDecimal(total), List.of(), grade, CreditLine.NONE, List.of(), List.of(),
                BigDecimal.ONE);
    }

    private static DraftComparison compare(GradeComparison comparison) {
        return comparison.result(2, 1, LocalDate.of(2026, 6, 30), Instant.parse("2026-06-30T08:00:00Z"));
    }

    @Test
    void theMatrixCountsEveryEnterpriseByItsTwoGradesAndTheAveragesAreExact() {
        GradeComparison comparison = new GradeComparison();
        comparison.add(1, score("81.00", Grade.A), score("83.50", Grade.A));
        comparison.add(2, score("64.00", Grade.C), score("66.00", Grade.B));
        comparison.add(3, score("50.00", Grade.C), score("49.00", Grade.D));
        comparison.add(4, score("40.01", Grade.D), score("40.00", Grade.D));

        DraftComparison result = compare(comparison);

        assertThat(result.enterprises()).isEqualTo(4);
        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.upgraded()).isEqualTo(1);
        assertThat(result.downgraded()).isEqualTo(1);
        assertThat(result.count(Grade.A, Grade.A)).isEqualTo(1);
        assertThat(result.count(Grade.C, Grade.B)).isEqualTo(1);
        assertThat(result.count(Grade.C, Grade.D)).isEqualTo(1);
        assertThat(result.count(Grade.D, Grade.D)).isEqualTo(1);
        assertThat(result.publishedCount(Grade.C)).isEqualTo(2);
        assertThat(result.draftCount(Grade.D)).isEqualTo(2);
        // published 235.01 / 4 = 58.7525 → 58.75; draft 238.50 / 4 = 59.625 → 59.63; change 3.49 / 4 = 0.8725 → 0.87
        assertThat(result.averagePublishedScore()).isEqualByComparingTo("58.75");
        assertThat(result.averageDraftScore()).isEqualByComparingTo("59.63");
        assertThat(result.averageScoreChange()).isEqualByComparingTo("0.87");
    }

    @Test
    void theBiggestGradeJumpsComeFirstThenTheBiggestScoreChanges() {
        GradeComparison comparison = new GradeComparison();
        comparison.add(10, score("64.00", Grade.C), score("66.00", Grade.B));
        comparison.add(11, score("82.00", Grade.A), score("45.00", Grade.D));
        comparison.add(12, score("49.00", Grade.D), score("58.00", Grade.C));
        comparison.add(13, score("70.00", Grade.B), score("70.00", Grade.B));

        assertThat(compare(comparison).changes()).extracting(GradeChange::enterpriseId).containsExactly(11L, 12L, 10L);
    }

    @Test
    void onlyTheMostSignificantChangesAreKeptButAllAreCounted() {
        GradeComparison comparison = new GradeComparison(2);
        comparison.add(1, score("64.00", Grade.C), score("65.00", Grade.B));
        comparison.add(2, score("79.00", Grade.B), score("30.00", Grade.D));
        comparison.add(3, score("64.00", Grade.C), score("70.00", Grade.B));
        comparison.add(4, score("49.00", Grade.D), score("50.00", Grade.C));

        DraftComparison result = compare(comparison);

        assertThat(result.changed()).isEqualTo(4);
        assertThat(result.changesCapped()).isTrue();
        assertThat(result.changes()).extracting(GradeChange::enterpriseId).containsExactly(2L, 3L);
        assertThat(result.page(1, 1)).extracting(GradeChange::enterpriseId).containsExactly(2L);
        assertThat(result.page(2, 1)).extracting(GradeChange::enterpriseId).containsExactly(3L);
        assertThat(result.page(3, 1)).isEmpty();
        assertThat(result.pages(1)).isEqualTo(2);
    }

    @Test
    void withoutEnterprisesThereIsNoAverage() {
        DraftComparison result = compare(new GradeComparison());

        assertThat(result.enterprises()).isZero();
        assertThat(result.averageScoreChange()).isNull();
        assertThat(result.pages(20)).isEqualTo(1);
    }
}
