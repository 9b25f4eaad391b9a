package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.internal.report.RatingReport;
import io.kerong.rating.internal.report.RatingReportPdf;
import io.kerong.rating.internal.report.RatingReports;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rating report (等级融资报告) as a page and as a PDF: the enterprise sees its own, the operator every one, other
 * organizations those they have a ground for; anyone else gets 404.
 */
@Controller
class RatingReportPageController {

    private final RatingReports reports;
    private final RatingReportPdf pdf;
    private final ReportCharts charts;

    RatingReportPageController(RatingReports reports, RatingReportPdf pdf, ReportCharts charts) {
        this.reports = reports;
        this.pdf = pdf;
        this.charts = charts;
    }

    /** The enterprise's own report, from the navigation. */
    @GetMapping("/rating/report")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String own(Actor actor) {
        return "redirect:/rating/report/" + reports.ownEnterpriseId(actor);
    }

    @GetMapping("/rating/report/{enterpriseId}")
    String page(Actor actor, @PathVariable long enterpriseId, Locale locale, Model model) {
        RatingReport report = reports.report(actor, enterpriseId, locale);
        model.addAttribute("report", report);
        model.addAttribute("chartData", charts.json(report));
        return "rating/report";
    }

    @GetMapping("/rating/report/{enterpriseId}.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long enterpriseId, Locale locale) {
        RatingReport report = reports.report(actor, enterpriseId, locale);
        return ReportDownload.of(report, pdf.render(report, locale), locale);
    }
}
