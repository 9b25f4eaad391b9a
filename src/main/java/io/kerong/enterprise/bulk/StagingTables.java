package io.kerong.enterprise.bulk;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Temporary tables (dropped at commit) that hold the validated rows of an import until they are merged into the
 * registry with set-based SQL. Rows arrive through PostgreSQL's COPY protocol, streamed as CSV.
 */
final class StagingTables {

    static final String ENTERPRISES = "import_enterprise";
    static final String FIGURES = "import_figures";

    private static final String ENTERPRISE_COLUMNS = "row_no, uscc, name, legal_representative, founded_on, "
            + "division_code, industry_section, high_tech_field, employees, tech_staff, contact_name, contact_phone, "
            + "contact_email";
    private static final String FIGURE_COLUMNS = "row_no, uscc, fiscal_year, revenue, total_costs, rd_expense, "
            + "total_assets, total_liabilities, net_profit, tax_paid, high_tech_revenue";

    private StagingTables() {
    }

    static void create(JdbcClient jdbc) {
        jdbc.sql("""
                create temp table import_enterprise (
                    row_no integer not null, uscc char(18) not null, name text not null, legal_representative text,
                    founded_on date, division_code char(6) not null, industry_section char(1), high_tech_field text,
                    employees integer, tech_staff integer, contact_name text, contact_phone text, contact_email text
                ) on commit drop""").update();
        jdbc.sql("""
                create temp table import_figures (
                    row_no integer not null, uscc char(18) not null, fiscal_year integer not null,
                    revenue numeric(18, 2), total_costs numeric(18, 2), rd_expense numeric(18, 2),
                    total_assets numeric(18, 2), total_liabilities numeric(18, 2), net_profit numeric(18, 2),
                    tax_paid numeric(18, 2), high_tech_revenue numeric(18, 2)
                ) on commit drop""").update();
    }

    /** Opens a COPY into the staging table of the kind; closing the writer ends the COPY. */
    static Writer copyInto(Connection connection, ImportKind kind) throws SQLException {
        String sql = kind == ImportKind.ENTERPRISES
                ? "copy " + ENTERPRISES + " (" + ENTERPRISE_COLUMNS + ") from stdin (format csv)"
                : "copy " + FIGURES + " (" + FIGURE_COLUMNS + ") from stdin (format csv)";
        PGConnection pg = connection.unwrap(PGConnection.class);
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Analyzes the staged rows so that the merge plans with real row counts. */
    static void analyze(JdbcClient jdbc) {
        jdbc.sql("analyze " + ENTERPRISES + ", " + FIGURES).update();
    }
}
