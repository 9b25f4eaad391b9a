package io.kerong.enterprise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only registry queries for platform computations that run on behalf of the platform itself (ratings, batch
 * imports of other modules), not for pages: callers check access themselves. Fiscal years count as completed when
 * they end before the day asked about.
 */
public interface RegistryQueries {

    /** Figures of at most this many completed fiscal years are returned, enough for the two-step growth rates. */
    int FISCAL_YEARS = 3;

    Optional<RegistryFacts> facts(long enterpriseId, LocalDate asOf);

    /** The enterprise's basic facts, for a report shown to an organization the caller has found entitled to it. */
    Optional<EnterpriseCard> card(long enterpriseId);

    /** The facts of up to {@code limit} enterprises with an id above {@code afterId}, in id order (one query). */
    List<RegistryFacts> factsPage(LocalDate asOf, long afterId, int limit);

    /** Registry ids of the given credit codes; codes not in the registry are absent from the map (one query). */
    Map<String, Long> idsByUscc(Collection<String> usccs);

    /** Registry names (企业名称) of the given enterprise ids; unknown ids are absent from the map (one query). */
    Map<Long, String> names(Collection<Long> enterpriseIds);
}
