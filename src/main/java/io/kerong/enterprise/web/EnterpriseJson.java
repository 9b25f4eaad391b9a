package io.kerong.enterprise.web;

import io.kerong.enterprise.AccessBasis;
import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseDetails;
import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.QualificationStatus;
import io.kerong.enterprise.SupportListDecision;
import io.kerong.enterprise.YearlyFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An enterprise record as the API returns it, with qualification status as of today and IP class subtotals. */
record EnterpriseJson(Enterprise enterprise, String divisionName, AccessBasis accessBasis, List<YearlyFigures> figures,
                      Ip ip, List<QualificationJson> qualifications, boolean supportListMember,
                      List<SupportListDecision> supportListHistory) {

    static EnterpriseJson of(EnterpriseDetails d, LocalDate today) {
        return new EnterpriseJson(d.enterprise(), d.divisionName(), d.accessBasis(), d.figures(),
                Ip.of(d.ipHoldings()), d.qualifications().stream().map(q -> QualificationJson.of(q, today)).toList(),
                d.supportListMember(), d.supportListHistory());
    }

    /** IP quantities by kind with the Ⅰ类 / Ⅱ类 subtotals. */
    record Ip(Map<IpKind, Integer> quantities, int classOne, int classTwo) {
        static Ip of(io.kerong.enterprise.IpHoldings h) {
            return new Ip(h.quantities(), h.classOne(), h.classTwo());
        }
    }

    record QualificationJson(Long id, QualificationKind kind, String certificateNo, LocalDate validFrom,
                             LocalDate validUntil, QualificationStatus status) {
        static QualificationJson of(Qualification q, LocalDate today) {
            return new QualificationJson(q.id(), q.kind(), q.certificateNo(), q.validFrom(), q.validUntil(),
                    q.statusOn(today));
        }
    }
}
