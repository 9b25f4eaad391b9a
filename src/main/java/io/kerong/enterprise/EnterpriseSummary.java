package io.kerong.enterprise;

/** One line of the registry list. */
public record EnterpriseSummary(long id, String uscc, String name, String divisionCode, String divisionName,
                                IndustrySection industrySection, boolean registered, boolean supportListMember) {
}
