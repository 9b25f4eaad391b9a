package io.kerong.rating.internal;

import io.kerong.enterprise.EnterpriseAccessDeniedException;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.ReportGrounds;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see an enterprise's rating and its report, and on what basis (查看依据): the operator, the enterprise's own
 * users, or another organization to which a {@link ReportGrounds} bean gives a ground (a bank the enterprise was pushed
 * to or applied to). The one rule behind the rating pages, the rating API and the report.
 */
@Component
public class RatingAudience {

    private final EnterpriseRegistry registry;
    private final ObjectProvider<ReportGrounds> grounds;

    public RatingAudience(EnterpriseRegistry registry, ObjectProvider<ReportGrounds> grounds) {
        this.registry = registry;
        this.grounds = grounds;
    }

    /** Why the caller may see the enterprise's rating; {@code groundKey} is the message key of a granted ground. */
    public record Basis(Kind kind, String groundKey) {
    }

    public enum Kind {
        OPERATOR, OWN, GROUND
    }

    /** The caller's basis for the enterprise's rating; empty when the caller may not see it. */
    public Optional<Basis> basis(Actor actor, long enterpriseId) {
        if (actor.isOperator()) {
            return Optional.of(new Basis(Kind.OPERATOR, null));
        }
        if (actor.is(OrganizationType.ENTERPRISE)) {
            return ownEnterprise(actor).orElse(-1) == enterpriseId
                    ? Optional.of(new Basis(Kind.OWN, null)) : Optional.empty();
        }
        return grounds.orderedStream().map(module -> module.groundFor(actor.organizationId(), enterpriseId))
                .flatMap(Optional::stream).findFirst().map(key -> new Basis(Kind.GROUND, key));
    }

    /** Only the enterprise itself and the operator may have it rated. */
    public boolean mayRate(Actor actor, long enterpriseId) {
        return basis(actor, enterpriseId).map(b -> b.kind() != Kind.GROUND).orElse(false);
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
