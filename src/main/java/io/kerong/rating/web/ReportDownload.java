package io.kerong.rating.web;

import io.kerong.rating.internal.report.RatingReport;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** A rendered report as a download named after the enterprise: 等级融资报告-<name>-<date>.pdf, never cached. */
final class ReportDownload {

    private ReportDownload() {
    }

    static ResponseEntity<byte[]> of(RatingReport report, byte[] pdf, Locale locale) {
        String date = report.rated() ? "-" + report.rating().asOf() : "";
        String prefix = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "rating-report-" : "等级融资报告-";
        String name = prefix + report.enterprise().name() + date + ".pdf";
        // clients that cannot read filename* get a plain ASCII name instead of underscores
        String ascii = "rating-report-" + report.enterprise().id() + date + ".pdf";
        String disposition = "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .body(pdf);
    }
}
