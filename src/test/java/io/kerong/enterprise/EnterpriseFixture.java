package io.kerong.enterprise;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import io.kerong.shared.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registry test data: {@code EnterpriseFixture.chengduSoftwareCompany().withEmployees(200, 20).importedBy(registry)}.
 * Every fixture gets a fresh valid credit code, so tests sharing a database do not collide.
 */
public final class EnterpriseFixture {

    private String uscc;
    private EnterpriseProfile profile;
    private final List<YearlyFigures> figures = new ArrayList<>();
    private final Map<IpKind, Integer> ip = new EnumMap<>(IpKind.class);
    private final List<Qualification> qualifications = new ArrayList<>();

    private EnterpriseFixture(String division, EnterpriseProfile profile) {
        this.uscc = freshUscc(division);
        this.profile = profile;
    }

    /** 成都 武侯区, software (I), 120 employees of whom 40 in R&D, 2024 figures, IP and a 科技型中小企业 registration. */
    public static EnterpriseFixture chengduSoftwareCompany() {
        EnterpriseFixture f = new EnterpriseFixture("510107", new EnterpriseProfile("成都云岭软件有限公司", "李明",
                LocalDate.of(2016, 3, 8), "510107", IndustrySection.I, HighTechField.ELECTRONIC_INFORMATION, 120, 40,
                "张华", "028-85550001", "zhanghua@example.cn"));
        f.figures.add(new YearlyFigures(2024, yuan("30000000"), yuan("25000000"), yuan("2400000"),
                yuan("40000000"), yuan("15000000"), yuan("3000000"), yuan("1200000"), yuan("24000000")));
        f.ip.put(IpKind.INVENTION_PATENT, 2);
        f.ip.put(IpKind.SOFTWARE_COPYRIGHT, 8);
        f.ip.put(IpKind.UTILITY_MODEL, 3);
        f.qualifications.add(new Qualification(null, QualificationKind.TECH_SME, "20245101070001",
                LocalDate.of(2024, 5, 1), LocalDate.of(2099, 12, 31)));
        return f;
    }

    /** A small manufacturer with only a name and region, as a bulk import leaves it. */
    public static EnterpriseFixture bareManufacturer(String division) {
        EnterpriseFixture f = new EnterpriseFixture(division, EnterpriseProfile.named("测试精密制造有限公司", division));
        f.profile = new EnterpriseProfile(f.profile.name(), null, null, division, IndustrySection.C,
                HighTechField.ADVANCED_MANUFACTURING, null, null, null, null, null);
        return f;
    }

    public EnterpriseFixture named(String name) {
        profile = new EnterpriseProfile(name, profile.legalRepresentative(), profile.foundedOn(), profile.divisionCode(),
                profile.industrySection(), profile.highTechField(), profile.employees(), profile.techStaff(),
                profile.contactName(), profile.contactPhone(), profile.contactEmail());
        return this;
    }

    public EnterpriseFixture inIndustry(IndustrySection section) {
        profile = new EnterpriseProfile(profile.name(), profile.legalRepresentative(), profile.foundedOn(),
                profile.divisionCode(), section, profile.highTechField(), profile.employees(), profile.techStaff(),
                profile.contactName(), profile.contactPhone(), profile.contactEmail());
        return this;
    }

    public EnterpriseFixture withQualification(QualificationKind kind, LocalDate from, LocalDate until) {
        qualifications.add(new Qualification(null, kind, null, from, until));
        return this;
    }

    public EnterpriseFixture withoutQualifications() {
        qualifications.clear();
        return this;
    }

    public String uscc() {
        return uscc;
    }

    public EnterpriseProfile profile() {
        return profile;
    }

    /** Adds the record through the registry as the operator would, unregistered (no organization yet). */
    public Enterprise importedBy(EnterpriseRegistry registry) {
        Actor operator = operator();
        Enterprise e = registry.create(operator, uscc, profile);
        figures.forEach(y -> registry.saveFigures(operator, e.id(), y));
        registry.replaceIpHoldings(operator, e.id(), new IpHoldings(ip));
        qualifications.forEach(q -> registry.addQualification(operator, e.id(), q));
        return e;
    }

    /** Imports the record and links it to a new ENTERPRISE organization with one admin user {@code username}. */
    public Registered registeredBy(EnterpriseRegistry registry, JdbcClient jdbc, String username) {
        Enterprise e = importedBy(registry);
        long org = organization(jdbc, OrganizationType.ENTERPRISE, profile.name(), uscc);
        user(jdbc, org, username);
        jdbc.sql("update enterprise set organization_id = ? where id = ?").params(org, e.id()).update();
        return new Registered(e.id(), org, actor(org, OrganizationType.ENTERPRISE, username));
    }

    public record Registered(long enterpriseId, long organizationId, Actor actor) {
    }

    public static Actor operator() {
        return new Actor(1L, "operator", "王科员", 1L, OrganizationType.OPERATOR, "成都市科学技术局",
                Set.of(UserRole.ORG_ADMIN));
    }

    public static Actor actor(long organizationId, OrganizationType type, String username) {
        return new Actor(null, username, username, organizationId, type, type + " " + organizationId,
                Set.of(UserRole.ORG_ADMIN));
    }

    public static long organization(JdbcClient jdbc, OrganizationType type, String name, String uscc) {
        return jdbc.sql("""
                        insert into identity_organization (type, name, uscc, status, created_at)
                        values (?, ?, ?, 'ACTIVE', ?) returning id""")
                .params(type.name(), name, uscc, OffsetDateTime.now()).query(Long.class).single();
    }

    public static void user(JdbcClient jdbc, long organizationId, String username) {
        jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, password_hash, roles, created_at)
                        values (?, ?, ?, '{noop}unused', '{ORG_ADMIN}', ?)""")
                .params(organizationId, username, username, OffsetDateTime.now()).update();
    }

    /** A valid credit code registered in {@code division}, with a random organization code. */
    public static String freshUscc(String division) {
        String body = "MA" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return UnifiedSocialCreditCode.assemble("91", division, body);
    }

    public static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
