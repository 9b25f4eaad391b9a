package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.DataBatch;
import io.kerong.rating.DataBatchRejectedException;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.internal.departmentdata.BatchReports;
import io.kerong.rating.internal.departmentdata.DataDepartments;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.tabular.ErrorReport;
import io.kerong.shared.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

/** The operator's department data page (部门数据): upload a batch, see the result or its problems, the batch history. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class DataBatchPageController {

    static final int ERRORS_ON_PAGE = 200;
    private static final int HISTORY = 30;

    private final DepartmentData data;
    private final BatchReports reports;
    private final Problems problems;

    DataBatchPageController(DepartmentData data, BatchReports reports, Problems problems) {
        this.data = data;
        this.reports = reports;
        this.problems = problems;
    }

    @GetMapping("/operator/rating/data")
    String page(Model model) {
        model.addAttribute("departments", DataDepartments.delivering());
        model.addAttribute("history", data.history(HISTORY));
        return "rating/data";
    }

    @PostMapping("/operator/rating/data")
    String upload(Actor actor, @RequestParam(required = false) String batchKey,
                  @RequestParam(required = false) String department,
                  @RequestPart(required = false) MultipartFile file,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        try (Upload upload = Upload.of(file)) {
            DataBatch batch = data.receiveFile(actor, batchKey, Departments.read(department), upload.fileName(),
                    upload.path());
            model.addAttribute("batch", batch);
        } catch (DataBatchRejectedException e) {
            model.addAttribute("rejected", e);
            model.addAttribute("errors", e.violations().stream().limit(ERRORS_ON_PAGE)
                    .map(v -> new ErrorReport.Line(v.row(), v.field(), v.value(), problems.message(v, locale)))
                    .toList());
        } catch (InvalidInputException e) {
            model.addAttribute("invalid", e.violations().stream().map(v -> problems.message(v, locale)).toList());
        }
        model.addAttribute("departments", DataDepartments.delivering());
        model.addAttribute("history", data.history(HISTORY));
        return htmx != null ? "rating/data :: result" : "rating/data";
    }

    @GetMapping("/operator/rating/data/{id}/report")
    void report(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
                HttpServletResponse response) throws IOException {
        DataBatch batch = reports.batch(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ErrorReport.Format f = ErrorReport.Format.parse(format);
        response.setContentType(f.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("部门数据错误报告-" + batch.batchKey() + f.extension(), StandardCharsets.UTF_8).build()
                .toString());
        reports.errors(id, f, locale, response.getOutputStream());
    }
}
