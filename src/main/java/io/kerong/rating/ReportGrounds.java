package io.kerong.rating;

import java.util.Optional;

/**
 * A ground on which an organization other than the enterprise and the operator may see an enterprise's rating report
 * (查看依据): for a bank, the enterprise was pushed to it (融资推送) or applied to it. Modules that create such grounds
 * provide a bean; with none, only the enterprise and the operator see reports.
 */
public interface ReportGrounds {

    /**
     * The ground on which the organization may see the enterprise's rating, as a message key that the report shows
     * (for example {@code rating.report.ground.pushed}); empty when this module gives none.
     */
    Optional<String> groundFor(long organizationId, long enterpriseId);
}
