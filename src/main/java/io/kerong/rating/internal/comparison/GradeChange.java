package io.kerong.rating.internal.comparison;

import io.kerong.rating.Grade;
import java.math.BigDecimal;

/** An enterprise whose grade differs between the published model and the draft (等级变动企业). */
public record GradeChange(long enterpriseId, Grade publishedGrade, Grade draftGrade, BigDecimal publishedScore,
                          BigDecimal draftScore) {

    /** Grades moved: positive when the draft grades better (D → C is +1), negative when worse. */
    public int steps() {
        return publishedGrade.ordinal() - draftGrade.ordinal();
    }

    public BigDecimal scoreChange() {
        return draftScore.subtract(publishedScore);
    }
}
