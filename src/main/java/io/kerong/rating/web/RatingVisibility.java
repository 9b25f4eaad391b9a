package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.ReportGround;
import io.kerong.rating.internal.RatingAudience;
import io.kerong.rating.internal.RatingAudience.Basis;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The rating pages' and API's wording of {@link RatingAudience}: the basis (查看依据) as a message key of the rating
 * bundle, or a granted ground's own key and arguments. Everyone without one is told the rating does not exist.
 */
@Component
class RatingVisibility {

    static final String OWN = "rating.basis.own";
    static final String OPERATOR = "rating.basis.operator";

    private final RatingAudience audience;

    RatingVisibility(RatingAudience audience) {
        this.audience = audience;
    }

    Optional<Basis> basis(Actor actor, long enterpriseId) {
        return audience.basis(actor, enterpriseId);
    }

    /** The basis as the page and the API word it, under its stable code. */
    static ReportGround wording(Basis basis) {
        return switch (basis.kind()) {
            case OPERATOR -> ReportGround.standing(basis.code(), OPERATOR);
            case OWN -> ReportGround.standing(basis.code(), OWN);
            case GROUND -> basis.ground();
        };
    }

    /** The caller's basis when it may have the enterprise rated (its own enterprise, the operator). */
    Optional<Basis> rater(Actor actor, long enterpriseId) {
        return audience.rater(actor, enterpriseId);
    }

    boolean mayRate(Actor actor, long enterpriseId) {
        return audience.mayRate(actor, enterpriseId);
    }

    OptionalLong ownEnterprise(Actor actor) {
        return audience.ownEnterprise(actor);
    }
}
