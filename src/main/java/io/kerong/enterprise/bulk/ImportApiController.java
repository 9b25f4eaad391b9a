package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.ViolationSpool;
import io.kerong.identity.Actor;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import over the API: a multipart {@code file} with its {@code kind} ({@code enterprises} or
 * {@code yearly-figures}); with kind {@code enterprises} an optional {@code yearlyFigures} file is imported in the
 * same batch. 200 with the counts, or 400 with the problems (at most {@link ViolationSpool#SHOWN}, the total, and
 * where to download the full report).
 */
@RestController
@PreAuthorize("hasRole('OPERATOR')")
class ImportApiController {

    private final RegistryImporter importer;
    private final Problems problems;
    private final MessageSource messages;

    ImportApiController(RegistryImporter importer, Problems problems, MessageSource messages) {
        this.importer = importer;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping("/api/v1/enterprises/imports")
    ImportOutcome importFiles(Actor actor, @RequestParam(required = false) String kind,
                              @RequestPart(required = false) MultipartFile file,
                              @RequestPart(required = false) MultipartFile yearlyFigures) {
        ImportKind fileKind = ImportKind.parse(kind == null ? "enterprises" : kind).orElseThrow(() ->
                new InvalidInputException(Violation.of("kind", "registryimport.kind.unknown", kind)));
        try (Uploads uploads = new Uploads()) {
            uploads.add(fileKind, file);
            if (fileKind == ImportKind.ENTERPRISES) {
                uploads.add(ImportKind.YEARLY_FIGURES, yearlyFigures);
            }
            return importer.importFiles(uploads.list("file"), actor.toAuditActor());
        }
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e, Locale locale) {
        ProblemDetail problem = problems.invalidInput(e.violations(), locale);
        String detail = messages.getMessage("registryimport.problem.detail", new Object[] {e.totalErrors()}, locale);
        if (e.totalErrors() > e.violations().size()) {
            detail += " " + messages.getMessage("registryimport.problem.capped", new Object[] {e.violations().size()}, locale);
        }
        problem.setDetail(detail);
        problem.setProperty("totalErrors", e.totalErrors());
        problem.setProperty("shownErrors", e.violations().size());
        problem.setProperty("reports", e.files().stream().filter(f -> f.errorCount() > 0)
                .map(f -> "/operator/enterprises/import/" + f.id() + "/report?format=xlsx").toList());
        return problem;
    }
}
