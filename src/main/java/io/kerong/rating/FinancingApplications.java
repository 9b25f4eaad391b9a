package io.kerong.rating;

import io.kerong.identity.Actor;
import java.util.List;

/**
 * Applications for the financing push and their industry endorsement (增信融资推送申请与产业认定). An enterprise applies
 * for itself (the operator may file for an enterprise that consented offline) and sees its own applications; an
 * industry community sees and decides the applications addressed to it; the operator sees all. Other organizations
 * are refused; a record outside the caller's reach is reported as absent. Changes are validated whole
 * ({@link io.kerong.shared.InvalidInputException}, nothing written) and audited, and the push list follows at once.
 */
public interface FinancingApplications {

    /** The industry communities (创新创业共同体) an enterprise may address, active ones only, by name. */
    List<IndustryCommunity> communities();

    PushApplication apply(Actor actor, PushApplicationForm form);

    /** The enterprise (or the operator) withdraws an open application; its consent ends and it leaves the list. */
    PushApplication withdraw(Actor actor, long applicationId);

    /** The community addressed endorses (认定通过) or rejects (a reason is required) a submitted application. */
    PushApplication review(Actor actor, long applicationId, EndorsementDecision decision, String reason);

    /** The applications the caller may see, newest first. */
    List<PushApplication> list(Actor actor);

    PushApplication find(Actor actor, long applicationId);

    /** An industry community that endorses enterprises (产业认定). */
    record IndustryCommunity(long id, String name) {
    }
}
