package io.kerong.enterprise.evaluation.web;

import io.kerong.enterprise.evaluation.HighTechPrecheck;
import io.kerong.enterprise.evaluation.TechSmeEvaluation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public evaluation calculators (评价计算器): no login, JSON in and out, texts in the request locale.
 * Bodies are read as raw JSON and validated field by field, so one 400 names every bad field.
 */
@RestController
@RequestMapping(path = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluations", description = "科技型中小企业评价与高新技术企业定量预检计算器")
class EvaluationController {

    private final TechSmeEvaluation techSmeEvaluation;
    private final HighTechPrecheck highTechPrecheck;
    private final Messages messages;
    private final Clock clock;
    private final RequestBodies bodies = new RequestBodies();
    private final TechSmeRequestReader techSmeReader = new TechSmeRequestReader();
    private final HighTechRequestReader highTechReader = new HighTechRequestReader();

    EvaluationController(TechSmeEvaluation techSmeEvaluation, HighTechPrecheck highTechPrecheck,
                         MessageSource messageSource, ObjectProvider<Clock> clock) {
        this.techSmeEvaluation = techSmeEvaluation;
        this.highTechPrecheck = highTechPrecheck;
        this.messages = new Messages(messageSource);
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Operation(summary = "科技型中小企业评价 (tech-SME evaluation, 国科发政〔2017〕115号)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = EvaluationRequestDocs.TechSme.class))))
    @ApiResponse(responseCode = "200", description = "Scores, verdict, reasons and advice")
    @ApiResponse(responseCode = "400", description = "Every bad field in errors[]",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/tech-sme", consumes = MediaType.APPLICATION_JSON_VALUE)
    TechSmeEvaluationResponse evaluateTechSme(@RequestBody(required = false) String body, Locale locale) {
        var input = techSmeReader.read(bodies.parseObject(body));
        return TechSmeEvaluationResponse.of(techSmeEvaluation.evaluate(input), messages, locale);
    }

    @Operation(summary = "高新技术企业定量预检 (high-tech enterprise pre-check, 国科发火〔2016〕32号)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = EvaluationRequestDocs.HighTech.class))))
    @ApiResponse(responseCode = "200", description = "Each condition with its reason, and the growth indicators")
    @ApiResponse(responseCode = "400", description = "Every bad field in errors[]",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/high-tech-precheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    HighTechPrecheckResponse precheckHighTech(@RequestBody(required = false) String body, Locale locale) {
        var input = highTechReader.read(bodies.parseObject(body), LocalDate.now(clock));
        return HighTechPrecheckResponse.of(highTechPrecheck.precheck(input), messages, locale);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, Locale locale, HttpServletRequest request) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), messages.render(p.messageKey(), p.arguments(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.render("evaluation.error.detail", List.of(errors.size()), locale));
        problem.setTitle(messages.render("evaluation.error.title", List.of(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One entry of the problem's {@code errors} list. */
    record FieldError(String field, String message) {
    }
}
