package io.kerong.rating.web;

import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Rating models (评价模型) as JSON: the published one for everybody, every version for the operator. */
@RestController
@RequestMapping("/api/v1/rating/models")
class RatingModelController {

    private final RatingModels models;

    RatingModelController(RatingModels models) {
        this.models = models;
    }

    @Operation(summary = "The published rating model in full: enough to recompute any score")
    @GetMapping("/current")
    RatingModel current() {
        return models.current();
    }

    @Operation(summary = "Every model version, newest first (operator)")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<ModelSummary> all() {
        return models.all().stream().map(ModelSummary::of).toList();
    }

    @Operation(summary = "One model version in full (operator)")
    @GetMapping("/{version}")
    @PreAuthorize("hasRole('OPERATOR')")
    RatingModel version(@PathVariable int version) {
        return models.version(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "rating model version " + version + " does not exist"));
    }

    /** One line of the version list. */
    record ModelSummary(long id, int version, ModelStatus status, String name, int indicators,
                        OffsetDateTime publishedAt) {

        static ModelSummary of(RatingModel model) {
            return new ModelSummary(model.id(), model.version(), model.status(), model.name(),
                    model.indicators().size(), model.publishedAt());
        }
    }
}
