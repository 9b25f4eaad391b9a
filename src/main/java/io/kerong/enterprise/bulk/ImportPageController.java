package io.kerong.enterprise.bulk;

import io.kerong.identity.Actor;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The operator's import page (企业批量导入): upload, result or error table, report and template downloads, history. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ImportPageController {

    static final int ERRORS_ON_PAGE = 200;
    private static final int HISTORY = 20;

    private final RegistryImporter importer;
    private final ImportHistory history;
    private final ImportReports reports;
    private final Problems problems;

    ImportPageController(RegistryImporter importer, ImportHistory history, ImportReports reports, Problems problems) {
        this.importer = importer;
        this.history = history;
        this.reports = reports;
        this.problems = problems;
    }

    @GetMapping("/operator/enterprises/import")
    String page(Model model) {
        model.addAttribute("history", history.latest(HISTORY));
        return "enterprise/bulk/import";
    }

    @PostMapping("/operator/enterprises/import")
    String upload(Actor actor, @RequestPart(required = false) MultipartFile enterprises,
                  @RequestPart(required = false) MultipartFile yearlyFigures,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        try (Uploads uploads = new Uploads()) {
            uploads.add(ImportKind.ENTERPRISES, enterprises).add(ImportKind.YEARLY_FIGURES, yearlyFigures);
            model.addAttribute("outcome", importer.importFiles(uploads.list("enterprises"), actor.toAuditActor()));
        } catch (ImportRejectedException e) {
            model.addAttribute("rejected", e);
            model.addAttribute("errors", e.violations().stream().limit(ERRORS_ON_PAGE)
                    .map(v -> new ErrorLine(v.row(), v.field(), v.value(), problems.message(v, locale))).toList());
        } catch (InvalidInputException e) {
            model.addAttribute("missing", problems.message(e.violations().getFirst(), locale));
        }
        model.addAttribute("history", history.latest(HISTORY));
        return htmx != null ? "enterprise/bulk/import :: result" : "enterprise/bulk/import";
    }

    @GetMapping("/operator/enterprises/import/{id}/report")
    void report(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
                HttpServletResponse response) throws IOException {
        ImportRecord record = history.find(id).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        ImportReports.Format f = format(format);
        attachment(response, f, "导入错误报告-" + record.id());
        reports.errors(id, f, locale, response.getOutputStream());
    }

    @GetMapping("/operator/enterprises/import/template")
    void template(@RequestParam(defaultValue = "enterprises") String kind, @RequestParam(defaultValue = "xlsx") String format,
                  HttpServletResponse response) throws IOException {
        ImportKind k = ImportKind.parse(kind).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.BAD_REQUEST));
        ImportReports.Format f = format(format);
        attachment(response, f, k == ImportKind.ENTERPRISES ? "企业名录导入模板" : "年度数据导入模板");
        reports.template(k, f, response.getOutputStream());
    }

    /** One problem as the page lists it. */
    record ErrorLine(Integer row, String column, String value, String reason) {
    }

    private static ImportReports.Format format(String format) {
        return "csv".equalsIgnoreCase(format) ? ImportReports.Format.CSV : ImportReports.Format.XLSX;
    }

    private static void attachment(HttpServletResponse response, ImportReports.Format format, String baseName) {
        boolean csv = format == ImportReports.Format.CSV;
        response.setContentType(csv ? "text/csv;charset=UTF-8" : ExportController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(baseName + (csv ? ".csv" : ".xlsx"), StandardCharsets.UTF_8).build().toString());
    }
}
