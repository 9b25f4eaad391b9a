package io.kerong.enterprise;

import io.kerong.identity.Actor;
import io.kerong.shared.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The enterprise registry (企业库). Every method checks what the caller may do: an enterprise reads and edits its own
 * record (not the support list), the operator reads and edits every record and alone decides the support list, other
 * organizations get {@link EnterpriseAccessDeniedException}; a record the caller may not know of is
 * {@link EnterpriseNotFoundException}. Changes are validated first ({@link io.kerong.shared.InvalidInputException}
 * naming every bad field, nothing changed) and audited. Methods join the caller's transaction, so a bulk import can
 * write many records atomically.
 */
public interface EnterpriseRegistry {

    EnterpriseDetails details(Actor actor, long enterpriseId);

    /**
     * The ground on which the caller may see the record, or the same exception {@link #details} throws; one look-up,
     * so that a request can be refused before its body is read.
     */
    AccessBasis accessBasis(Actor actor, long enterpriseId);

    /** The caller's own enterprise record. */
    EnterpriseDetails mine(Actor actor);

    /** Operator only: the registry list with filters, {@code pageSize} rows after the cursor {@code after} (null: first page). */
    EnterprisePage search(Actor actor, EnterpriseQuery query, Long after, int pageSize);

    /** Operator only: the record with this credit code, if any. */
    Optional<Enterprise> findByUscc(Actor actor, String uscc);

    /** Operator only: adds an enterprise not yet known (bulk import or manual entry). */
    Enterprise create(Actor actor, String uscc, EnterpriseProfile profile);

    Enterprise updateProfile(Actor actor, long enterpriseId, EnterpriseProfile profile);

    /** Creates or replaces the figures of {@code figures.fiscalYear()}. */
    YearlyFigures saveFigures(Actor actor, long enterpriseId, YearlyFigures figures);

    /** Replaces all IP holdings. */
    IpHoldings replaceIpHoldings(Actor actor, long enterpriseId, IpHoldings holdings);

    Qualification addQualification(Actor actor, long enterpriseId, Qualification qualification);

    void removeQualification(Actor actor, long enterpriseId, long qualificationId);

    /** Operator only: adds to or removes from the support list, with a reason the enterprise will see. */
    SupportListDecision decideSupportList(Actor actor, long enterpriseId, SupportListAction action, String reason);

    /** What is wrong with a profile, without saving anything (for import previews). */
    List<Violation> check(String uscc, EnterpriseProfile profile);

    List<Violation> check(YearlyFigures figures);

    List<Violation> check(Qualification qualification);
}
