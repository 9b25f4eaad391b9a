package io.kerong.enterprise.bulk;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Merges the staged rows into the registry with one statement per table: new credit codes are inserted, known ones
 * updated only where a value differs, the rest left alone. An empty cell keeps what the registry has. Each updated
 * record gets an audit entry with the changed fields before and after.
 */
final class RegistryMerge {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryMerge.class);

    static final String SUBJECT_TYPE = "enterprise";

    /** Registry columns an import may change, with the field names used in audit entries. */
    private static final Map<String, String> ENTERPRISE_FIELDS = fields(
            "name", "name", "legal_representative", "legalRepresentative", "founded_on", "foundedOn",
            "industry_section", "industrySection", "high_tech_field", "highTechField", "employees", "employees",
            "tech_staff", "techStaff", "contact_name", "contactName", "contact_phone", "contactPhone",
            "contact_email", "contactEmail");
    private static final Map<String, String> FIGURE_FIELDS = fields(
            "revenue", "revenue", "total_costs", "totalCosts", "rd_expense", "rdExpense", "total_assets", "totalAssets",
            "total_liabilities", "totalLiabilities", "net_profit", "netProfit", "tax_paid", "taxPaid",
            "high_tech_revenue", "highTechRevenue");

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final AuditActor actor;

    RegistryMerge(JdbcTemplate jdbc, AuditTrail audit, AuditActor actor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Rows added to a GIN index (the registry's trigram search) go to the index's pending list and are merged into
     * the index in sorted batches: far cheaper than one at a time. A large import gets a pending list that holds all
     * its rows and merges it once, before the commit, so searches stay fast afterwards.
     */
    private static final int BULK_ROWS = 10_000;
    private static final String GIN_INDEXES = "select i.indexrelid from pg_index i join pg_class c on c.oid = i.indexrelid "
            + "join pg_am a on a.oid = c.relam where i.indrelid = 'enterprise'::regclass and a.amname = 'gin'";

    /** @return inserted and updated counts */
    int[] enterprises(OffsetDateTime now) {
        boolean bulk = jdbc.queryForObject("select count(*) >= ? from import_enterprise", Boolean.class, BULK_ROWS);
        if (bulk) {
            jdbc.queryForList("select set_config('gin_pending_list_limit', '1048576', true), "
                    + "set_config('maintenance_work_mem', '256MB', true)");
        }
        long started = System.nanoTime();
        int[] counts = upsertEnterprises(now);
        long upserted = System.nanoTime();
        if (bulk) {
            jdbc.queryForList("select gin_clean_pending_list(indexrelid) from (" + GIN_INDEXES + ") g");
        }
        log.info("Enterprises merged: upsert {} ms, search index pending list {} ms", (upserted - started) / 1_000_000,
                (System.nanoTime() - upserted) / 1_000_000);
        return counts;
    }

    private int[] upsertEnterprises(OffsetDateTime now) {
        List<String> columns = List.copyOf(ENTERPRISE_FIELDS.keySet());
        jdbc.query("select e.id, e.organization_id, " + pairs(columns, "e", "s")
                + " from import_enterprise s join enterprise e on e.uscc = s.uscc where "
                + differs(columns, "e", "s") + " order by s.row_no",
                (RowCallbackHandler) rs -> auditChange(rs, ENTERPRISE_FIELDS, "import-update", null));
        String sql = "with merged as (insert into enterprise as e (uscc, division_code, created_at, updated_at, "
                + String.join(", ", columns) + ") select uscc, division_code, ?, ?, " + String.join(", ", columns)
                + " from import_enterprise s order by uscc on conflict (uscc) do update set "
                + columns.stream().map(c -> c + " = " + kept(c, "e", "excluded")).collect(Collectors.joining(", "))
                + ", updated_at = excluded.updated_at, version = e.version + 1 where " + differs(columns, "e", "excluded")
                + " returning xmax = 0 as inserted) " + COUNTS;
        return jdbc.queryForObject(sql, (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, now, now);
    }

    /** @return inserted and updated counts */
    int[] figures(OffsetDateTime now) {
        List<String> columns = List.copyOf(FIGURE_FIELDS.keySet());
        jdbc.query("select e.id, e.organization_id, s.fiscal_year, " + pairs(columns, "f", "s")
                + " from import_figures s join enterprise e on e.uscc = s.uscc"
                + " join enterprise_yearly_figures f on f.enterprise_id = e.id and f.fiscal_year = s.fiscal_year where "
                + differs(columns, "f", "s") + " order by s.row_no",
                (RowCallbackHandler) rs -> auditChange(rs, FIGURE_FIELDS, "import-figures-update", rs.getInt("fiscal_year")));
        String sql = "with merged as (insert into enterprise_yearly_figures as f (enterprise_id, fiscal_year, "
                + String.join(", ", columns) + ") select e.id, s.fiscal_year, "
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "))
                + " from import_figures s join enterprise e on e.uscc = s.uscc"
                + " on conflict (enterprise_id, fiscal_year) do update set "
                + columns.stream().map(c -> c + " = " + kept(c, "f", "excluded")).collect(Collectors.joining(", "))
                + " where " + differs(columns, "f", "excluded") + " returning f.enterprise_id, xmax = 0 as inserted), "
                + "touched as (update enterprise set updated_at = ? where id in (select enterprise_id from merged)) "
                + COUNTS;
        return jdbc.queryForObject(sql, (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, now);
    }

    private static final String COUNTS =
            "select count(*) filter (where inserted), count(*) filter (where not inserted) from merged";

    private void auditChange(ResultSet rs, Map<String, String> fields, String action, Integer fiscalYear)
            throws SQLException {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (fiscalYear != null) {
            before.put("fiscalYear", fiscalYear);
            after.put("fiscalYear", fiscalYear);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Object old = plain(rs.getObject("old_" + field.getKey()));
            Object now = plain(rs.getObject("new_" + field.getKey()));
            if (!Objects.equals(old, now)) {
                before.put(field.getValue(), old);
                after.put(field.getValue(), now);
            }
        }
        audit.record(new AuditRecord(actor, SUBJECT_TYPE, rs.getString("id"), (Long) rs.getObject("organization_id"),
                action, before, after));
    }

    private static Object plain(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate().toString() : value;
    }

    /** The value after the merge: the file's, or the registry's when the file leaves the cell empty. */
    private static String kept(String column, String current, String incoming) {
        return column.equals("name") ? incoming + ".name" : "coalesce(" + incoming + "." + column + ", " + current + "." + column + ")";
    }

    private static String differs(List<String> columns, String current, String incoming) {
        return "(" + columns.stream().map(c -> current + "." + c).collect(Collectors.joining(", ")) + ") is distinct from ("
                + columns.stream().map(c -> kept(c, current, incoming)).collect(Collectors.joining(", ")) + ")";
    }

    private static String pairs(List<String> columns, String current, String incoming) {
        return columns.stream().map(c -> current + "." + c + " as old_" + c + ", " + kept(c, current, incoming) + " as new_" + c)
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
