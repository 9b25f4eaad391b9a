package io.kerong.enterprise.internal;

import io.kerong.enterprise.Enterprise;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.HighTechField;
import io.kerong.enterprise.IndustrySection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enterprise} table. */
@Repository
class Enterprises {

    static final RowMapper<Enterprise> ROWS = (rs, i) -> new Enterprise(rs.getLong("id"), rs.getString("uscc"),
            profile(rs), (Long) rs.getObject("organization_id", Long.class), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Enterprises(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Enterprise> find(long id) {
        return jdbc.sql("select * from enterprise where id = ?").param(id).query(ROWS).optional();
    }

    /** Reads the record and locks it until the transaction ends, so concurrent edits queue instead of overwriting. */
    Optional<Enterprise> lock(long id) {
        return jdbc.sql("select * from enterprise where id = ? for update").param(id).query(ROWS).optional();
    }

    Optional<Enterprise> findByUscc(String uscc) {
        return jdbc.sql("select * from enterprise where uscc = ?").param(uscc).query(ROWS).optional();
    }

    Optional<Enterprise> findByOrganization(long organizationId) {
        return jdbc.sql("select * from enterprise where organization_id = ?").param(organizationId).query(ROWS)
                .optional();
    }

    Enterprise insert(String uscc, EnterpriseProfile p, Long organizationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        insert into enterprise (uscc, name, legal_representative, founded_on, division_code,
                            industry_section, high_tech_field, employees, tech_staff, contact_name, contact_phone,
                            contact_email, organization_id, created_at, updated_at)
                        values (:uscc, :name, :legal, :founded, :division, :industry, :field, :employees, :tech,
                            :cname, :cphone, :cemail, :org, :now, :now)
                        returning id""")
                .param("uscc", uscc).paramSource(params(p)).param("org", organizationId).param("now", now)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    Enterprise update(long id, EnterpriseProfile p) {
        jdbc.sql("""
                        update enterprise set name = :name, legal_representative = :legal, founded_on = :founded,
                            division_code = :division, industry_section = :industry, high_tech_field = :field,
                            employees = :employees, tech_staff = :tech, contact_name = :cname,
                            contact_phone = :cphone, contact_email = :cemail, updated_at = :now,
                            version = version + 1
                        where id = :id""")
                .paramSource(params(p)).param("now", OffsetDateTime.now(clock)).param("id", id).update();
        return find(id).orElseThrow();
    }

    void link(long id, long organizationId) {
        jdbc.sql("update enterprise set organization_id = ?, updated_at = ? where id = ?")
                .params(organizationId, OffsetDateTime.now(clock), id).update();
    }

    void markSupportListMember(long id, boolean member) {
        jdbc.sql("update enterprise set support_list_member = ? where id = ?").params(member, id).update();
    }

    private static ProfileParams params(EnterpriseProfile p) {
        return new ProfileParams(p.name(), p.legalRepresentative(), p.foundedOn(), p.divisionCode(),
                p.industrySection() == null ? null : p.industrySection().name(),
                p.highTechField() == null ? null : p.highTechField().name(), p.employees(), p.techStaff(),
                p.contactName(), p.contactPhone(), p.contactEmail());
    }

    /** Named parameters for the profile columns. */
    record ProfileParams(String name, String legal, LocalDate founded, String division, String industry, String field,
                         Integer employees, Integer tech, String cname, String cphone, String cemail) {
    }

    static EnterpriseProfile profile(ResultSet rs) throws SQLException {
        String industry = rs.getString("industry_section");
        String field = rs.getString("high_tech_field");
        return new EnterpriseProfile(rs.getString("name"), rs.getString("legal_representative"),
                rs.getObject("founded_on", LocalDate.class), rs.getString("division_code"),
                industry == null ? null : IndustrySection.valueOf(industry),
                field == null ? null : HighTechField.valueOf(field),
                (Integer) rs.getObject("employees", Integer.class), (Integer) rs.getObject("tech_staff", Integer.class),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"));
    }
}
