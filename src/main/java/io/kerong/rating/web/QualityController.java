package io.kerong.rating.web;

import io.kerong.rating.internal.quality.ModelQuality;
import io.kerong.rating.internal.quality.ModelQualityReports;
import io.kerong.rating.internal.quality.QualityReport;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The model's quality on loan outcomes as JSON (operator): default rate per grade, AUC, KS, the curves. */
@RestController
@PreAuthorize("hasRole('OPERATOR')")
class QualityController {

    private final ModelQualityReports reports;
    private final Clock clock;

    QualityController(ModelQualityReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Operation(summary = "How well the grades separated defaulted loans from good ones in a period of grants (operator)")
    @GetMapping("/api/v1/rating/quality")
    QualityResponse quality(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        QualityPeriod period = QualityPeriod.read(from, to, LocalDate.now(clock));
        return QualityResponse.of(reports.report(period.from(), period.to()));
    }

    /**
     * {@code outcomesAvailable} is false while no lending module reports outcomes or none were granted in the period;
     * the measures are then null and the lists empty.
     */
    record QualityResponse(LocalDate from, LocalDate to, boolean outcomesAvailable, int loans, int defaults,
                           BigDecimal defaultRate, int unrated, List<ModelQuality.GradeRow> grades, BigDecimal auc,
                           BigDecimal ks, BigDecimal ksScore, BigDecimal gini, List<ModelQuality.RocPoint> roc,
                           List<ModelQuality.DistributionPoint> distributions) {

        static QualityResponse of(QualityReport report) {
            ModelQuality q = report.quality();
            if (!report.hasOutcomes()) {
                return new QualityResponse(report.from(), report.to(), false, 0, 0, null, report.unrated(), List.of(),
                        null, null, null, null, List.of(), List.of());
            }
            return new QualityResponse(report.from(), report.to(), true, q.loans(), q.defaults(), q.defaultRate(),
                    report.unrated(), q.grades(), q.auc(), q.ks(), q.ksScore(), q.gini(), q.roc(), q.distributions());
        }
    }
}
