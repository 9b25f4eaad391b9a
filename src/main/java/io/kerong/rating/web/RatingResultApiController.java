package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingRun;
import io.kerong.rating.internal.RatingAudience;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stored ratings (评价结果) as JSON: an enterprise's latest rating explained and its history, for the enterprise itself,
 * the operator and organizations with a ground; rating now; the operator's re-ratings of all enterprises.
 */
@RestController
@RequestMapping("/api/v1/rating")
@Tag(name = "Rating results 评价结果")
class RatingResultApiController {

    private static final int RUNS = 30;

    private final EnterpriseRatings ratings;
    private final RatingViews views;
    private final RatingVisibility visibility;
    private final Clock clock;

    RatingResultApiController(EnterpriseRatings ratings, RatingViews views, RatingVisibility visibility, Clock clock) {
        this.ratings = ratings;
        this.views = views;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Operation(summary = "The enterprise's latest rating with reasons in the request language (a bank that keeps a "
            + "report version for its records: that version, with the ground saying so); 404 when never rated or not "
            + "visible to the caller")
    @GetMapping("/enterprises/{enterpriseId}")
    RatingView latest(Actor actor, @PathVariable long enterpriseId, Locale locale) {
        return views.latest(enterpriseId, basis(actor, enterpriseId), locale)
                .orElseThrow(RatingResultApiController::notFound);
    }

    @Operation(summary = "Every stored rating of the enterprise the caller may see, newest first (a bank that keeps "
            + "a report version for its records: that version and the ones before)")
    @GetMapping("/enterprises/{enterpriseId}/history")
    List<RatingView.HistoryEntry> history(Actor actor, @PathVariable long enterpriseId) {
        return views.history(enterpriseId, basis(actor, enterpriseId));
    }

    @Operation(summary = "Rate the enterprise now from its stored data (the enterprise itself or the operator)")
    @PostMapping("/enterprises/{enterpriseId}/rate")
    ResponseEntity<RatingView> rate(Actor actor, @PathVariable long enterpriseId, Locale locale) {
        RatingAudience.Basis basis = visibility.rater(actor, enterpriseId)
                .orElseThrow(RatingResultApiController::notFound);
        var rating = ratings.rate(actor, enterpriseId);
        return ResponseEntity.created(URI.create("/api/v1/rating/enterprises/" + enterpriseId))
                .body(views.view(rating, basis, locale));
    }

    @Operation(summary = "Start a re-rating of every enterprise (operator); answers 202 with the running run, "
            + "409 while another run is going on")
    @PostMapping("/runs")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<RatingRun> start(Actor actor,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new InvalidInputException(Violation.of("asOf", "rating.run.asOfFuture", asOf.toString()));
        }
        RatingRun run = ratings.startRun(actor, asOf == null ? today : asOf);
        return ResponseEntity.accepted().location(URI.create("/api/v1/rating/runs/" + run.id())).body(run);
    }

    @Operation(summary = "The most recent re-ratings, newest first (operator)")
    @GetMapping("/runs")
    @PreAuthorize("hasRole('OPERATOR')")
    List<RatingRun> runs() {
        return ratings.runs(RUNS);
    }

    @Operation(summary = "One re-rating: poll it after starting (operator)")
    @GetMapping("/runs/{runId}")
    @PreAuthorize("hasRole('OPERATOR')")
    RatingRun run(@PathVariable long runId) {
        return ratings.run(runId).orElseThrow(RatingResultApiController::notFound);
    }

    private RatingAudience.Basis basis(Actor actor, long enterpriseId) {
        return visibility.basis(actor, enterpriseId).orElseThrow(RatingResultApiController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no rating of this enterprise is visible to you");
    }
}
