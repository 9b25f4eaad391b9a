package io.kerong.access;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One organization of every type with an admin and a staff user, plus a second enterprise and a second bank, so that
 * the matrix can check access across organizations. Written straight into the tables: the matrix tests access, not
 * the registration flow.
 */
final class AccessFixtures {

    /** A user of the matrix: its log-in name and a short label used in test names. */
    enum Who {
        ENTERPRISE("m-enterprise"), ENTERPRISE_STAFF("m-enterprise-staff"), OTHER_ENTERPRISE("m-enterprise2"),
        BANK("m-bank"), OTHER_BANK("m-bank2"), INVESTOR("m-investor"), UNIVERSITY("m-university"),
        PROVIDER("m-provider"), COMMUNITY("m-community"), OPERATOR("m-operator"), OPERATOR_STAFF("m-operator-staff");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    final Map<String, Long> organizations = new LinkedHashMap<>();
    final Map<String, Long> enterprises = new LinkedHashMap<>();
    /** Records of other modules that endpoints address by id (applications, intents, ...). */
    final Map<String, Long> records = new LinkedHashMap<>();
    final Map<Who, Long> users = new LinkedHashMap<>();
    long enterpriseToken;
    /** A draft rating model copied from version 1: its version and id. */
    int draftVersion;
    long draftId;

    static AccessFixtures create(JdbcClient jdbc) {
        AccessFixtures f = new AccessFixtures();
        long ent = f.org(jdbc, "ENTERPRISE", "矩阵测试甲科技有限公司", null);
        long ent2 = f.org(jdbc, "ENTERPRISE", "矩阵测试乙科技有限公司", null);
        long bank = f.org(jdbc, "BANK", "矩阵测试银行", null);
        long bank2 = f.org(jdbc, "BANK", "矩阵测试第二银行", null);
        long investor = f.org(jdbc, "INVESTOR", "矩阵测试投资", null);
        long university = f.org(jdbc, "UNIVERSITY", "矩阵测试大学", null);
        long provider = f.org(jdbc, "SERVICE_PROVIDER", "矩阵测试服务机构", null);
        long community = f.org(jdbc, "INDUSTRY_COMMUNITY", "矩阵测试共同体", null);
        long operator = f.org(jdbc, "OPERATOR", "矩阵测试科技局", null);
        f.user(jdbc, Who.ENTERPRISE, ent, "ORG_ADMIN");
        f.user(jdbc, Who.ENTERPRISE_STAFF, ent, "STAFF");
        f.user(jdbc, Who.OTHER_ENTERPRISE, ent2, "ORG_ADMIN");
        f.user(jdbc, Who.BANK, bank, "ORG_ADMIN");
        f.user(jdbc, Who.OTHER_BANK, bank2, "ORG_ADMIN");
        f.user(jdbc, Who.INVESTOR, investor, "ORG_ADMIN");
        f.user(jdbc, Who.UNIVERSITY, university, "ORG_ADMIN");
        f.user(jdbc, Who.PROVIDER, provider, "ORG_ADMIN");
        f.user(jdbc, Who.COMMUNITY, community, "ORG_ADMIN");
        f.user(jdbc, Who.OPERATOR, operator, "ORG_ADMIN");
        f.user(jdbc, Who.OPERATOR_STAFF, operator, "STAFF");
        f.enterpriseToken = jdbc.sql("""
                        insert into identity_api_token (organization_id, name, token_hash, created_at)
                        values (?, 'erp', ?, ?) returning id""")
                .params(ent, "f".repeat(64), OffsetDateTime.now()).query(Long.class).single();
        f.organizations.put("enterprise", ent);
        f.organizations.put("enterprise2", ent2);
        f.organizations.put("bank", bank);
        f.organizations.put("bank2", bank2);
        f.organizations.put("community", community);
        f.enterprises.put("enterprise", f.enterprise(jdbc, "矩阵测试甲科技有限公司", "91510107MA6CM0001A", ent));
        f.enterprises.put("enterprise2", f.enterprise(jdbc, "矩阵测试乙科技有限公司", "91510107MA6CM0002A", ent2));
        f.draft(jdbc);
        // a user name with failed log-ins, so that lifting its throttle reaches the handler
        jdbc.sql("""
                        insert into identity_login_name_throttle (user_id, failures, last_failure_at, address, waits_until)
                        values (?, 4, now(), '198.51.100.1', now())""").param(f.user(Who.ENTERPRISE_STAFF)).update();
        PushAccessFixtures.create(jdbc, f);
        return f;
    }

    private void draft(JdbcClient jdbc) {
        draftVersion = jdbc.sql("select max(version) + 1 from rating_model").query(Integer.class).single();
        draftId = jdbc.sql("""
                        insert into rating_model (version, status, name, definition, created_at, created_by)
                        select ?, 'DRAFT', name, definition, now(), 'matrix' from rating_model where version = 1
                        returning id""").param(draftVersion).query(Long.class).single();
    }

    long org(String key) {
        return organizations.get(key);
    }

    long user(Who who) {
        return users.get(who);
    }

    private long org(JdbcClient jdbc, String type, String name, String uscc) {
        return jdbc.sql("""
                        insert into identity_organization (type, name, uscc, status, created_at)
                        values (?, ?, ?, 'ACTIVE', ?) returning id""")
                .params(type, name, uscc, OffsetDateTime.now()).query(Long.class).single();
    }

    private long enterprise(JdbcClient jdbc, String name, String uscc, long organization) {
        return jdbc.sql("""
                        insert into enterprise (uscc, name, division_code, organization_id, created_at, updated_at)
                        values (?, ?, '510107', ?, now(), now()) returning id""")
                .params(uscc, name, organization).query(Long.class).single();
    }

    private void user(JdbcClient jdbc, Who who, long org, String role) {
        long id = jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, password_hash, roles, created_at)
                        values (?, ?, ?, '{noop}unused', ?::text[], ?) returning id""")
                .params(org, who.username, who.name(), "{" + role + "}", OffsetDateTime.now())
                .query(Long.class).single();
        users.put(who, id);
    }
}
