package io.kerong.enterprise.internal;

import io.kerong.enterprise.StoredEvaluation;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseNotFoundException;
import io.kerong.enterprise.evaluation.TechSmeEvaluation;
import io.kerong.enterprise.evaluation.TechSmeEvaluationInput;
import io.kerong.enterprise.evaluation.TechSmeEvaluationResult;
import io.kerong.identity.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tech-SME self-evaluations (科技型中小企业自评) of registry records: evaluates with the official rules, keeps every
 * submission with its inputs and points, and audits it on the enterprise's record.
 */
@Service
public class SelfEvaluations {

    private final TechSmeEvaluation evaluation;
    private final Enterprises enterprises;
    private final AccessPolicy access;
    private final EvaluationRecords records;
    private final EnterpriseAudit audit;
    private final JsonMapper json;
    private final Clock clock;

    SelfEvaluations(TechSmeEvaluation evaluation, Enterprises enterprises, AccessPolicy access,
                    EvaluationRecords records, EnterpriseAudit audit, JsonMapper json, Clock clock) {
        this.evaluation = evaluation;
        this.enterprises = enterprises;
        this.access = access;
        this.records = records;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The evaluation as stored, and the full result with reasons and advice to show. */
    public record Submitted(StoredEvaluation stored, TechSmeEvaluationResult result) {
    }

    @Transactional
    public Submitted submit(Actor actor, long enterpriseId, int fiscalYear, TechSmeEvaluationInput input) {
        access.requireCanSeeEnterprises(actor);
        Enterprise enterprise = enterprises.find(enterpriseId)
                .orElseThrow(() -> new EnterpriseNotFoundException(String.valueOf(enterpriseId)));
        access.basisFor(actor, enterprise);
        TechSmeEvaluationResult result = evaluation.evaluate(input);
        StoredEvaluation stored = records.add(new StoredEvaluation(0, enterpriseId, OffsetDateTime.now(clock),
                fiscalYear, json.writeValueAsString(input), result.techStaffPoints(), result.rdPoints(),
                result.ipPoints(), result.totalPoints(), result.basicConditionsMet(), result.directlyQualified(),
                result.qualified(), actor.toAuditActor().name()));
        audit.record(actor.toAuditActor(), enterprise, "enterprise.evaluated", null, stored);
        return new Submitted(stored, result);
    }
}
