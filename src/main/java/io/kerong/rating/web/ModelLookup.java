package io.kerong.rating.web;

import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the model a page or API call names, answering 404 when there is none (or when a draft is required). */
@Component
class ModelLookup {

    private final RatingModels models;

    ModelLookup(RatingModels models) {
        this.models = models;
    }

    RatingModel byVersion(int version) {
        return models.version(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "rating model version " + version + " does not exist"));
    }

    /** The draft of this version; 404 when the version does not exist or is no longer a draft. */
    RatingModel draft(int version) {
        RatingModel model = byVersion(version);
        if (model.status() != ModelStatus.DRAFT) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "rating model version " + version + " is "
                    + model.status() + ", not a draft");
        }
        return model;
    }

    RatingModel draftById(long id) {
        return models.all().stream().filter(model -> model.id() == id && model.status() == ModelStatus.DRAFT)
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no draft rating model with id " + id));
    }
}
