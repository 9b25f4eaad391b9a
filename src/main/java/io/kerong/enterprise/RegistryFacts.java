package io.kerong.enterprise;

import java.util.List;
import java.util.Set;

/**
 * What the registry knows of one enterprise as of a day (企业库事实), for computations that run without a caller,
 * such as ratings: head count, the last completed fiscal years' figures (oldest first, at most three), IP holdings and
 * the qualifications valid on that day.
 */
public record RegistryFacts(long enterpriseId, String uscc, Integer employees, Integer techStaff,
                            List<YearlyFigures> figures, IpHoldings ipHoldings,
                            Set<QualificationKind> validQualifications) {

    public RegistryFacts {
        figures = List.copyOf(figures);
        validQualifications = Set.copyOf(validQualifications);
    }

    public boolean holds(QualificationKind kind) {
        return validQualifications.contains(kind);
    }
}
