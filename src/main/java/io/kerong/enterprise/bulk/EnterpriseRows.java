package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.CsvLine;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.HighTechField;
import io.kerong.enterprise.IndustrySection;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Rows of an enterprises file (企业名录). Formats are checked here; what a valid profile is (credit code, known
 * division, tech staff within employees, founding date not in the future, ...) is the registry's own rule set.
 */
final class EnterpriseRows implements RowValidator {

    static final int USCC = 0;
    static final int NAME = 1;
    static final int LEGAL_REPRESENTATIVE = 2;
    static final int FOUNDED_ON = 3;
    static final int INDUSTRY = 4;
    static final int HIGH_TECH_FIELD = 5;
    static final int EMPLOYEES = 6;
    static final int TECH_STAFF = 7;
    static final int CONTACT_NAME = 8;
    static final int CONTACT_PHONE = 9;
    static final int CONTACT_EMAIL = 10;

    private final HeaderLayout layout;
    private final EnterpriseRegistry registry;

    EnterpriseRows(HeaderLayout layout, EnterpriseRegistry registry) {
        this.layout = layout;
        this.registry = registry;
    }

    @Override
    public void accept(int rowNumber, String[] values, List<Violation> violations, CsvLine staging) throws IOException {
        int before = violations.size();
        CellParser cells = new CellParser(layout, rowNumber, values, violations);
        String uscc = values[USCC] == null ? null : values[USCC].toUpperCase(Locale.ROOT);
        String division = uscc != null && uscc.length() >= 8 ? uscc.substring(2, 8) : null;
        LocalDate foundedOn = cells.date(FOUNDED_ON);
        IndustrySection industry = cells.named(INDUSTRY, IndustrySection::parse, "registryimport.industry.unknown");
        HighTechField field = cells.named(HIGH_TECH_FIELD, HighTechField::parse, "registryimport.highTechField.unknown");
        Integer employees = cells.integer(EMPLOYEES);
        Integer techStaff = cells.integer(TECH_STAFF);
        EnterpriseProfile profile = new EnterpriseProfile(values[NAME], values[LEGAL_REPRESENTATIVE], foundedOn, division,
                industry, field, employees, techStaff, values[CONTACT_NAME], values[CONTACT_PHONE], values[CONTACT_EMAIL]);
        RegistryViolations.addAtRow(registry.check(uscc, profile), layout, rowNumber, values, violations);
        if (violations.size() == before) {
            staging.plain(rowNumber).text(uscc).text(profile.name()).text(profile.legalRepresentative())
                    .plain(foundedOn).text(division).plain(industry).plain(field).plain(employees).plain(techStaff)
                    .text(profile.contactName()).text(profile.contactPhone()).text(profile.contactEmail()).end();
        }
    }
}
