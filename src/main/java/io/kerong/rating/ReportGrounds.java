package io.kerong.rating;

import java.util.Optional;

/**
 * A ground on which an organization other than the enterprise and the operator may see an enterprise's rating and its
 * report (查看依据): for a bank, the enterprise is on the push list (融资推送) and its consent stands, or the bank
 * marked a credit intent on it and keeps the version it saw. Modules that create such grounds (a consent record, an
 * application to the bank) provide a bean; with none, only the enterprise and the operator see reports. Grounds are
 * asked in order; the first one given is the one shown.
 */
public interface ReportGrounds {

    /** The ground on which the organization may see the enterprise's rating; empty when this module gives none. */
    Optional<ReportGround> groundFor(long organizationId, long enterpriseId);
}
