package io.kerong.dashboard;

import io.kerong.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Known rows written straight into the tables, so a test can say exactly how each figure must move. */
final class DashboardFixtures {

    private final JdbcClient jdbc;
    private final String run = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    private int serial;

    DashboardFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long organization(String type, String name, String status, String uscc) {
        return jdbc.sql("""
                        insert into identity_organization (type, name, uscc, status, created_at)
                        values (?, ?, ?, ?, now()) returning id""")
                .params(type, name + run, uscc, status).query(Long.class).single();
    }

    String user(long organizationId, String role) {
        String username = "dash-" + run + "-" + (++serial);
        jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, password_hash, roles, created_at)
                        values (?, ?, ?, '{noop}x', cast(? as text[]), now())""")
                .params(organizationId, username, username, "{" + role + "}").update();
        return username;
    }

    String uscc(String division) {
        return UnifiedSocialCreditCode.assemble("91", division, "DB" + run + String.format("%02d", ++serial));
    }

    long enterprise(String uscc, String division, String section, Long organizationId) {
        return jdbc.sql("""
                        insert into enterprise (uscc, name, legal_representative, founded_on, division_code,
                            industry_section, high_tech_field, employees, tech_staff, contact_name, contact_phone,
                            contact_email, organization_id, created_at, updated_at)
                        values (?, ?, '张伟', date '2018-05-01', ?, ?, 'ELECTRONIC_INFORMATION', 80, 30, '李娜',
                            '13800000000', 'li@example.com', ?, now(), now()) returning id""")
                .params(uscc, "看板测试" + uscc + "有限公司", division, section, organizationId)
                .query(Long.class).single();
    }

    void qualification(long enterpriseId, String kind, LocalDate from, LocalDate until) {
        jdbc.sql("""
                        insert into enterprise_qualification (enterprise_id, kind, certificate_no, valid_from, valid_until)
                        values (?, ?, 'T-1', ?, ?)""").params(enterpriseId, kind, from, until).update();
    }

    void supportList(long enterpriseId, String action) {
        jdbc.sql("""
                        insert into enterprise_support_list_decision (enterprise_id, action, reason, decided_on,
                            decided_by, recorded_at)
                        values (?, ?, '测试', current_date, 'test', now())""").params(enterpriseId, action).update();
        // the registry keeps the member flag beside the history in the same transaction; so does this fixture
        jdbc.sql("update enterprise set support_list_member = ? where id = ?")
                .params("ADDED".equals(action), enterpriseId).update();
    }

    void evaluation(long enterpriseId, OffsetDateTime at, int points, boolean qualified) {
        jdbc.sql("""
                        insert into enterprise_evaluation (enterprise_id, evaluated_at, fiscal_year, inputs,
                            tech_staff_points, rd_points, ip_points, total_points, basic_conditions_met,
                            directly_qualified, qualified, actor)
                        values (?, ?, 2025, '{}'::jsonb, 20, ?, 0, ?, true, false, ?, 'test')""")
                .params(enterpriseId, at, points - 20, points, qualified).update();
    }
}
