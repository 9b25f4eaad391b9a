package io.kerong.enterprise.bulk;

import io.kerong.enterprise.EnterpriseQuery;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.QualificationKind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registry export (.xlsx) with the registry list's filters: {@code q} (name or credit code contains), {@code region}
 * (or the list page's {@code province} / {@code city}: a division code prefix), {@code industry},
 * {@code qualification} and {@code member}. Streams straight into the response.
 */
@RestController
@PreAuthorize("hasRole('OPERATOR')")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegistryExporter exporter;
    private final Clock clock;

    ExportController(RegistryExporter exporter, Clock clock) {
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping({"/operator/enterprises/export.xlsx", "/api/v1/enterprises/export.xlsx"})
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) String province, @RequestParam(required = false) String city,
                @RequestParam(required = false) IndustrySection industry,
                @RequestParam(required = false) QualificationKind qualification,
                @RequestParam(required = false) Boolean member, HttpServletResponse response) throws IOException {
        String prefix = firstPresent(region, city, province);
        EnterpriseQuery query = new EnterpriseQuery(q, prefix, industry, qualification, member);
        String name = "企业库-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        exporter.export(query, response.getOutputStream());
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
