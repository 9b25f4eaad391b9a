package io.kerong.rating;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcomes of loans (贷款结果) that the platform's lending records: for each loan granted in a period, the
 * enterprise, its rating at the time of the grant and whether the loan defaulted (违约). The rating module uses them to
 * measure how well its grades separate good borrowers from bad (模型质量); the lending module provides the bean.
 * Without one, the quality page says that there are no outcomes yet.
 */
public interface LoanOutcomes {

    /** The loans granted from {@code from} to {@code to}, both days included, with their outcome as known today. */
    List<LoanOutcome> grantedBetween(LocalDate from, LocalDate to);
}
