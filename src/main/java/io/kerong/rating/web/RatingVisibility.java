package io.kerong.rating.web;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.ReportGrounds;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see an enterprise's rating, and on what basis (查看依据), as a message key: its own users, the operator, or
 * another organization to which a {@link ReportGrounds} bean gives a ground (a bank the enterprise was pushed to or
 * applied to). Everyone else is told the rating does not exist.
 */
@Component
class RatingVisibility {

    static final String OWN = "rating.basis.own";
    static final String OPERATOR = "rating.basis.operator";

    private final EnterpriseRegistry registry;
    private final ObjectProvider<ReportGrounds> grounds;

    RatingVisibility(EnterpriseRegistry registry, ObjectProvider<ReportGrounds> grounds) {
        this.registry = registry;
        this.grounds = grounds;
    }

    Optional<String> basis(Actor actor, long enterpriseId) {
        if (actor.isOperator()) {
            return Optional.of(OPERATOR);
        }
        if (ownEnterprise(actor).orElse(-1) == enterpriseId) {
            return Optional.of(OWN);
        }
        List<ReportGrounds> all = grounds.orderedStream().toList();
        return all.stream().map(ground -> ground.groundFor(actor.organizationId(), enterpriseId))
                .flatMap(Optional::stream).findFirst();
    }

    /** Only the enterprise itself and the operator may have it rated. */
    boolean mayRate(Actor actor, long enterpriseId) {
        return actor.isOperator() || ownEnterprise(actor).orElse(-1) == enterpriseId;
    }

    /** The registry record of the caller's own enterprise, if the caller is an enterprise that has one. */
    OptionalLong ownEnterprise(Actor actor) {
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
