package io.kerong.enterprise;

import java.util.List;

/**
 * Everything the registry holds on one enterprise, as shown to the caller: figures newest year first, the support
 * list history oldest first, and on what basis the caller may see it.
 */
public record EnterpriseDetails(Enterprise enterprise, String divisionName, List<YearlyFigures> figures,
                                IpHoldings ipHoldings, List<Qualification> qualifications,
                                List<SupportListDecision> supportListHistory, AccessBasis accessBasis) {

    public EnterpriseDetails {
        figures = List.copyOf(figures);
        qualifications = List.copyOf(qualifications);
        supportListHistory = List.copyOf(supportListHistory);
    }

    public boolean supportListMember() {
        return !supportListHistory.isEmpty()
                && supportListHistory.getLast().action() == SupportListAction.ADD;
    }
}
