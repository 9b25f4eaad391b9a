package io.kerong.enterprise;

/**
 * Filters for the registry list; null means "any". {@code text} matches part of the name or the credit code;
 * {@code regionPrefix} is a province (2 digits), city (4) or district (6) division code; {@code qualification}
 * matches enterprises holding it valid today.
 */
public record EnterpriseQuery(String text, String regionPrefix, IndustrySection industrySection,
                              QualificationKind qualification, Boolean supportListMember) {

    public EnterpriseQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        regionPrefix = regionPrefix == null || regionPrefix.isBlank() ? null : regionPrefix.strip();
    }

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null);
    }
}
