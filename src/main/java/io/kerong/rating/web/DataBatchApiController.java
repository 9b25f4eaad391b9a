package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.DataBatch;
import io.kerong.rating.DataBatchRejectedException;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.DepartmentData;
import io.kerong.shared.web.Problems;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Department data over the API (部门数据接口), for the departments' systems with an API token of the operator
 * organization: a file (multipart {@code file}, {@code batchKey}, {@code department}) or JSON values under a batch key.
 * 201 with the batch when written; 200 with {@code alreadyReceived: true} when the key had been applied with the same
 * content (nothing changed); 409 problem naming the earlier batch when the key had been applied with other content
 * (nothing written); 400 problem JSON with every problem by row (at most 1,000; the full report is linked).
 */
@RestController
@PreAuthorize("hasRole('OPERATOR')")
class DataBatchApiController {

    private static final int HISTORY = 100;

    private final DepartmentData data;
    private final Problems problems;
    private final MessageSource messages;

    DataBatchApiController(DepartmentData data, Problems problems, MessageSource messages) {
        this.data = data;
        this.problems = problems;
        this.messages = messages;
    }

    /** The JSON body of a batch: the delivering department and the values in long format. */
    record BatchRequest(String department, List<DeliveredValue> values) {
    }

    @PostMapping("/api/v1/rating/data/batches")
    ResponseEntity<DataBatch> upload(Actor actor, @RequestParam(required = false) String batchKey,
                                     @RequestParam(required = false) String department,
                                     @RequestPart(required = false) MultipartFile file) {
        try (Upload upload = Upload.of(file)) {
            return answer(data.receiveFile(actor, batchKey, Departments.read(department), upload.fileName(),
                    upload.path()));
        }
    }

    @PostMapping("/api/v1/rating/data/batches/{batchKey}")
    ResponseEntity<DataBatch> deliver(Actor actor, @PathVariable String batchKey, @RequestBody BatchRequest request) {
        return answer(data.receive(actor, batchKey, Departments.read(request.department()), request.values()));
    }

    @GetMapping("/api/v1/rating/data/batches")
    List<DataBatch> history() {
        return data.history(HISTORY);
    }

    @ExceptionHandler(DataBatchRejectedException.class)
    ProblemDetail rejected(DataBatchRejectedException e, Locale locale) {
        ProblemDetail problem = problems.invalidInput(e.violations(), locale);
        problem.setDetail(messages.getMessage("ratingdata.problem.detail",
                new Object[] {e.totalErrors(), e.violations().size()}, locale));
        problem.setProperty("batchId", e.batchId());
        problem.setProperty("totalErrors", e.totalErrors());
        problem.setProperty("report", "/operator/rating/data/" + e.batchId() + "/report?format=xlsx");
        return problem;
    }

    private static ResponseEntity<DataBatch> answer(DataBatch batch) {
        return ResponseEntity.status(batch.alreadyReceived() ? HttpStatus.OK : HttpStatus.CREATED).body(batch);
    }
}
