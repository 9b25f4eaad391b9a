package io.kerong.rating;

import io.kerong.identity.Actor;
import java.util.List;
import java.util.Optional;

/**
 * The versioned rating models (评价模型): exactly one published at a time, drafts edited by the operator, retired
 * models kept so that old ratings can be explained. Every change is audited.
 */
public interface RatingModels {

    /** The published model. */
    RatingModel current();

    Optional<RatingModel> version(int version);

    /** Every model, newest version first. */
    List<RatingModel> all();

    /** A new draft copied from {@code fromVersion}, with the next version number. */
    RatingModel createDraft(Actor actor, int fromVersion);

    /**
     * Replaces the definition of a draft (found by id) after validating it whole; throws
     * {@link io.kerong.shared.InvalidInputException} naming every problem, or when the model is not a draft.
     */
    RatingModel saveDraft(Actor actor, RatingModel draft);

    /** Publishes the draft; the previously published model is retired. */
    RatingModel publish(Actor actor, long draftId);
}
