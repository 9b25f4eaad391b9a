package io.kerong.rating.internal.report;

import io.kerong.enterprise.AccessBasis;
import io.kerong.enterprise.EnterpriseCard;
import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.RegistryQueries;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.ReportGround;
import io.kerong.rating.internal.RatingAudience;
import io.kerong.rating.internal.RatingAudience.Basis;
import org.springframework.stereotype.Component;

/**
 * Who may see an enterprise's rating report, on which ground (查看依据) and how far: the enterprise's own users and the
 * operator always, as the registry decides; any other organization only when {@link RatingAudience} finds a ground
 * (for a bank: the enterprise is pushed and its consent stands, or the bank keeps the version it saw when it marked a
 * credit intent). Everyone else is told there is no such report.
 */
@Component
class ReportAccess {

    static final String OWN = "ratingreport.ground.own";
    static final String OPERATOR = "ratingreport.ground.operator";

    private final EnterpriseRegistry registry;
    private final RegistryQueries queries;
    private final RatingAudience audience;

    ReportAccess(EnterpriseRegistry registry, RegistryQueries queries, RatingAudience audience) {
        this.registry = registry;
        this.queries = queries;
        this.audience = audience;
    }

    /** The enterprise's facts and the ground the caller sees its report on. */
    Viewing check(Actor actor, long enterpriseId) {
        if (actor.isOperator() || actor.is(OrganizationType.ENTERPRISE)) {
            return throughRegistry(actor, enterpriseId);
        }
        Basis basis = audience.basis(actor, enterpriseId).orElseThrow(() -> new ReportNotFoundException(enterpriseId));
        EnterpriseCard card = queries.card(enterpriseId).orElseThrow(() -> new ReportNotFoundException(enterpriseId));
        return new Viewing(card, basis, basis.ground());
    }

    private Viewing throughRegistry(Actor actor, long enterpriseId) {
        try {
            EnterpriseDetails details = registry.details(actor, enterpriseId);
            boolean own = details.accessBasis() == AccessBasis.OWN;
            Basis basis = own ? Basis.OWN : Basis.OPERATOR;
            return new Viewing(EnterpriseCard.of(details), basis,
                    ReportGround.standing(basis.code(), own ? OWN : OPERATOR));
        } catch (EnterpriseNotFoundException e) {
            throw new ReportNotFoundException(enterpriseId);
        }
    }

    /** The report's subject as the caller may see it, how far ({@code basis}) and why, as the report words it. */
    record Viewing(EnterpriseCard card, Basis basis, ReportGround ground) {
    }
}
