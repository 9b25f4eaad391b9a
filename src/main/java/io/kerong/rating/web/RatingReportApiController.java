package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.internal.report.RatingReport;
import io.kerong.rating.internal.report.RatingReportPdf;
import io.kerong.rating.internal.report.RatingReports;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rating report as a PDF for API clients (a bank's credit system), with the same access rules as the page. */
@RestController
@RequestMapping("/api/v1/rating/enterprises")
class RatingReportApiController {

    private final RatingReports reports;
    private final RatingReportPdf pdf;

    RatingReportApiController(RatingReports reports, RatingReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @Operation(summary = "The enterprise's rating report (等级融资报告) as a PDF; 404 for callers without a ground to see it")
    @GetMapping("/{enterpriseId}/report.pdf")
    ResponseEntity<byte[]> report(Actor actor, @PathVariable long enterpriseId, Locale locale) {
        RatingReport report = reports.report(actor, enterpriseId, locale);
        return ReportDownload.of(report, pdf.render(report, locale), locale);
    }
}
