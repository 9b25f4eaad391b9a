package io.kerong.enterprise;

import java.time.LocalDate;

/**
 * The editable part of an enterprise's profile (企业基本信息). {@code divisionCode} is the GB/T 2260 code of the
 * county or district, by default positions 3–8 of the unified social credit code. Every field but the name and the
 * division may be unknown (null) for imported records.
 */
public record EnterpriseProfile(String name, String legalRepresentative, LocalDate foundedOn, String divisionCode,
                                IndustrySection industrySection, HighTechField highTechField, Integer employees,
                                Integer techStaff, String contactName, String contactPhone, String contactEmail) {

    public EnterpriseProfile {
        name = trim(name);
        legalRepresentative = trim(legalRepresentative);
        divisionCode = trim(divisionCode);
        contactName = trim(contactName);
        contactPhone = trim(contactPhone);
        contactEmail = trim(contactEmail);
    }

    /** The least a new record needs: its name and the division (usually taken from the credit code). */
    public static EnterpriseProfile named(String name, String divisionCode) {
        return new EnterpriseProfile(name, null, null, divisionCode, null, null, null, null, null, null, null);
    }

    public EnterpriseProfile withContact(String contactName, String contactPhone, String contactEmail) {
        return new EnterpriseProfile(name, legalRepresentative, foundedOn, divisionCode, industrySection, highTechField,
                employees, techStaff, contactName, contactPhone, contactEmail);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
