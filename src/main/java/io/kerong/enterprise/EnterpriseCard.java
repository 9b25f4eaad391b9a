package io.kerong.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * The basic facts of an enterprise (企业基本信息) that a report about it shows: name, credit code, region, industry,
 * founding date and qualifications; no contacts, no figures. {@code divisionName} is the full region name, or the
 * code when unknown; {@code industrySection} and {@code foundedOn} may be null.
 */
public record EnterpriseCard(long id, String uscc, String name, String divisionName, IndustrySection industrySection,
                             LocalDate foundedOn, List<Qualification> qualifications) {

    public EnterpriseCard {
        qualifications = List.copyOf(qualifications);
    }

    /** The card of a record the caller was already allowed to see. */
    public static EnterpriseCard of(EnterpriseDetails details) {
        Enterprise e = details.enterprise();
        return new EnterpriseCard(e.id(), e.uscc(), e.name(), details.divisionName(), e.profile().industrySection(),
                e.profile().foundedOn(), details.qualifications());
    }
}
