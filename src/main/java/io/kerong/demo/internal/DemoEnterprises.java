package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.HighTechField;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.identity.Actor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts generated enterprises into the registry through its public service, as the operator, so each is audited. */
@Component
class DemoEnterprises {

    private final EnterpriseRegistry registry;

    DemoEnterprises(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    Enterprise add(Actor operator, SyntheticEnterprise row) {
        Enterprise enterprise = registry.create(operator, row.uscc(), profile(row));
        for (SyntheticEnterprise.Figures f : row.figures()) {
            registry.saveFigures(operator, enterprise.id(), new YearlyFigures(f.fiscalYear(), f.revenue(),
                    f.totalCosts(), f.rdExpense(), f.totalAssets(), f.totalLiabilities(), f.netProfit(), f.taxPaid(),
                    f.highTechRevenue()));
        }
        registry.replaceIpHoldings(operator, enterprise.id(), ipHoldings(row));
        return enterprise;
    }

    void addQualifications(Actor operator, long enterpriseId, List<Qualification> qualifications) {
        qualifications.forEach(q -> registry.addQualification(operator, enterpriseId, q));
    }

    void decide(Actor operator, long enterpriseId, List<DemoQualifications.Decision> decisions) {
        decisions.forEach(d -> registry.decideSupportList(operator, enterpriseId, d.action(), d.reason()));
    }

    static EnterpriseProfile profile(SyntheticEnterprise row) {
        return new EnterpriseProfile(row.name(), row.legalRepresentative(), row.foundedOn(), row.divisionCode(),
                IndustrySection.valueOf(row.industrySection()), HighTechField.valueOf(row.highTechField()),
                row.employees(), row.techStaff(), row.contactName(), row.contactPhone(), row.contactEmail());
    }

    static IpHoldings ipHoldings(SyntheticEnterprise row) {
        Map<IpKind, Integer> quantities = new EnumMap<>(IpKind.class);
        row.ipHoldings().forEach((kind, n) -> quantities.put(IpKind.valueOf(kind), n));
        return new IpHoldings(quantities);
    }

    static boolean onSupportList(List<DemoQualifications.Decision> decisions) {
        return !decisions.isEmpty() && decisions.getLast().action() == SupportListAction.ADD;
    }
}
