package io.kerong.enterprise;

import java.util.List;
import java.util.Optional;

/** An enterprise's stored tech-SME self-evaluations (自评记录), newest first. No caller checks: callers decide. */
public interface EvaluationHistory {

    Optional<StoredEvaluation> latest(long enterpriseId);

    List<StoredEvaluation> recent(long enterpriseId, int limit);
}
