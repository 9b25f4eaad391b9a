package io.kerong.rating.web;

import io.kerong.rating.Change;
import io.kerong.rating.CreditLine;
import io.kerong.rating.DimensionScore;
import io.kerong.rating.Grade;
import java.math.BigDecimal;
import java.util.List;

/** The what-if answer: the score of the posted values with the published model, explained, stored nowhere. */
record WhatIfResponse(int modelVersion, BigDecimal totalScore, List<DimensionScore> dimensions, Grade grade,
                      CreditLine creditLine, List<KnockOutHit> knockOuts, List<Reason> reasons, BigDecimal completeness,
                      List<Lift> liftOneGrade) {

    /** A knock-out (一票否决) that holds. */
    record KnockOutHit(String code, String indicator, String message) {
    }

    /** An indicator below its maximum, in plain words. */
    record Reason(String indicator, BigDecimal points, BigDecimal maxPoints, String message) {
    }

    /** One change of the smallest set that lifts the grade by one. */
    record Lift(String indicator, Object currentValue, Object targetValue, BigDecimal pointsGained,
                String clearsKnockOut, String message) {

        static Lift of(Change change, String message) {
            return new Lift(change.indicator(), change.currentValue(), change.targetValue(), change.pointsGained(),
                    change.clearsKnockOut(), message);
        }
    }
}
