package io.kerong.rating.internal;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.ReportGround;
import io.kerong.rating.ReportGrounds;
import io.kerong.rating.StoredRating;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see an enterprise's rating and its report, on what basis (查看依据), and how far: the operator and the
 * enterprise's own users every rating; another organization what a {@link ReportGrounds} bean grants it (a bank the
 * enterprise is pushed to while its consent stands: every rating; a bank that marked a credit intent: the version it
 * saw and those before). The one rule behind the rating pages, the rating API, the report page and the PDF.
 */
@Component
public class RatingAudience {

    /** A ground that stands now beats one kept for the records; of those, the one reaching furthest. */
    private static final Comparator<ReportGround> WIDEST = Comparator
            .comparing((ReportGround g) -> !g.limited())
            .thenComparing(g -> g.limited() ? g.upToRatingId() : Long.MAX_VALUE);

    private final EnterpriseRegistry registry;
    private final ObjectProvider<ReportGrounds> grounds;
    private final EnterpriseRatings ratings;

    public RatingAudience(EnterpriseRegistry registry, ObjectProvider<ReportGrounds> grounds,
                          EnterpriseRatings ratings) {
        this.registry = registry;
        this.grounds = grounds;
        this.ratings = ratings;
    }

    /** Why the caller may see the enterprise's rating; {@code ground} is the granted ground (kind GROUND only). */
    public record Basis(Kind kind, ReportGround ground) {

        /** The enterprise's own users: every rating. */
        public static final Basis OWN = new Basis(Kind.OWN, null);
        /** The operator: every rating. */
        public static final Basis OPERATOR = new Basis(Kind.OPERATOR, null);

        /** The basis as a stable code: OWN, OPERATOR, or the granted ground's (PUSHED, INTENT). */
        public String code() {
            return ground == null ? kind.name() : ground.code();
        }

        /** Whether the basis shows this stored rating: all of them, except past what a limited ground reaches. */
        public boolean shows(StoredRating rating) {
            return ground == null || ground.shows(rating.id());
        }

        public boolean limited() {
            return ground != null && ground.limited();
        }
    }

    public enum Kind {
        OPERATOR, OWN, GROUND
    }

    /** The caller's basis for the enterprise's rating; empty when the caller may not see it. */
    public Optional<Basis> basis(Actor actor, long enterpriseId) {
        if (actor.isOperator()) {
            return Optional.of(Basis.OPERATOR);
        }
        if (actor.is(OrganizationType.ENTERPRISE)) {
            return ownEnterprise(actor).orElse(-1) == enterpriseId ? Optional.of(Basis.OWN) : Optional.empty();
        }
        return grounds.orderedStream().map(module -> module.groundFor(actor.organizationId(), enterpriseId))
                .flatMap(Optional::stream).max(WIDEST).map(ground -> new Basis(Kind.GROUND, ground));
    }

    /** The enterprise's stored ratings the basis shows, newest first. */
    public List<StoredRating> history(Basis basis, long enterpriseId) {
        return ratings.history(enterpriseId).stream().filter(basis::shows).toList();
    }

    /** The newest stored rating the basis shows: the latest, or for a limited ground the version the reader saw. */
    public Optional<StoredRating> latest(Basis basis, long enterpriseId) {
        if (!basis.limited()) {
            return ratings.latest(enterpriseId);
        }
        return ratings.find(basis.ground().upToRatingId())
                .filter(rating -> rating.enterpriseId() == enterpriseId);
    }

    /** The caller's basis when it may have the enterprise rated: only the enterprise itself and the operator. */
    public Optional<Basis> rater(Actor actor, long enterpriseId) {
        return basis(actor, enterpriseId).filter(b -> b.kind() != Kind.GROUND);
    }

    public boolean mayRate(Actor actor, long enterpriseId) {
        return rater(actor, enterpriseId).isPresent();
    }

    /** The registry record of the caller's own enterprise, if the caller is an enterprise that has one. */
    public OptionalLong ownEnterprise(Actor actor) {
        if (!actor.is(OrganizationType.ENTERPRISE)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(registry.mine(actor).enterprise().id());
        } catch (EnterpriseNotFoundException | EnterpriseAccessDeniedException e) {
            return OptionalLong.empty();
        }
    }
}
