package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.Grade;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.comparison.DraftComparison;
import io.kerong.rating.internal.comparison.DraftComparisons;
import io.kerong.rating.internal.editing.ModelPublication;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Editing rating models through the API (operator): copy a version into a draft, save it, compare it, publish it. */
@RestController
@RequestMapping("/api/v1/rating/models")
@PreAuthorize("hasRole('OPERATOR')")
class DraftApiController {

    private final RatingModels models;
    private final ModelLookup lookup;
    private final DraftComparisons comparisons;
    private final ComparisonView view;
    private final ModelPublication publication;

    DraftApiController(RatingModels models, ModelLookup lookup, DraftComparisons comparisons, ComparisonView view,
                       ModelPublication publication) {
        this.models = models;
        this.lookup = lookup;
        this.comparisons = comparisons;
        this.view = view;
        this.publication = publication;
    }

    @Operation(summary = "A new draft copied from a model version (operator)")
    @PostMapping("/{version}/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    RatingModel createDraft(Actor actor, @PathVariable int version) {
        return models.createDraft(actor, lookup.byVersion(version).version());
    }

    @Operation(summary = "Replace a draft's definition; validated whole, 400 naming every problem (operator)")
    @PutMapping(path = "/drafts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingModel saveDraft(Actor actor, @PathVariable long id, @RequestBody(required = false) String body) {
        RatingModel draft = lookup.draftById(id);
        return models.saveDraft(actor, DraftDefinition.read(body).onto(draft));
    }

    @Operation(summary = "The draft against the published model on every enterprise as of today (operator)")
    @GetMapping("/drafts/{id}/comparison")
    ComparisonResponse comparison(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  @RequestParam(defaultValue = "false") boolean refresh) {
        DraftComparison comparison = comparisons.compare(lookup.draftById(id), refresh);
        int pageSize = Math.max(1, Math.min(size, ComparisonView.MAX_PAGE_SIZE));
        int shown = ComparisonView.clampPage(comparison, page, pageSize);
        return ComparisonResponse.of(comparison, shown, pageSize, view.page(comparison, shown, pageSize));
    }

    @Operation(summary = "Publish the draft; the published model retires and all enterprises are re-rated (operator)")
    @PostMapping("/drafts/{id}/publish")
    PublishResponse publish(Actor actor, @PathVariable long id) {
        ModelPublication.Published published = publication.publish(actor, lookup.draftById(id).id());
        RatingModel model = published.model();
        return new PublishResponse(model.id(), model.version(), model.status(), model.publishedAt(),
                published.rerating(), published.runId());
    }

    /**
     * {@code rerating}: STARTED (run {@code runId} re-rates every enterprise now), AFTER_RUNNING (a run with the old
     * model is going on; the re-rating follows it) or NONE (the grades follow at the nightly run).
     */
    record PublishResponse(long id, int version, ModelStatus status, OffsetDateTime publishedAt,
                           ModelPublication.Rerating rerating, Long runId) {
    }

    /** The comparison as JSON: counts, the transition matrix as rows, averages, and one page of grade changes. */
    record ComparisonResponse(int draftVersion, int publishedVersion, LocalDate asOf, Instant computedAt,
                              long enterprises, long changed, long upgraded, long downgraded,
                              List<Transition> transitions, BigDecimal averagePublishedScore,
                              BigDecimal averageDraftScore, BigDecimal averageScoreChange, int listed,
                              boolean listCapped, int page, int pages, List<ComparisonView.ChangeRow> changes) {

        record Transition(Grade published, Grade draft, long enterprises) {
        }

        static ComparisonResponse of(DraftComparison c, int page, int size, List<ComparisonView.ChangeRow> rows) {
            List<Transition> transitions = new ArrayList<>();
            for (Grade published : Grade.values()) {
                for (Grade draft : Grade.values()) {
                    transitions.add(new Transition(published, draft, c.count(published, draft)));
                }
            }
            return new ComparisonResponse(c.draftVersion(), c.publishedVersion(), c.asOf(), c.computedAt(),
                    c.enterprises(), c.changed(), c.upgraded(), c.downgraded(), transitions,
                    c.averagePublishedScore(), c.averageDraftScore(), c.averageScoreChange(), c.changes().size(),
                    c.changesCapped(), page, c.pages(size), rows);
        }
    }
}
