package io.kerong.enterprise.bulk;

import io.kerong.shared.Violation;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Checks that need every row or the registry at once, run in SQL on the staging tables so that a million rows need
 * no memory in the application: repeated credit codes (or code and year), figures of unknown enterprises, and tech
 * staff exceeding the employees an existing record keeps when the file leaves one of the two empty.
 */
final class StagedChecks {

    private final JdbcTemplate jdbc;

    /** @param jdbc a template with a fetch size, so that long results stream */
    StagedChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enterprises(HeaderLayout layout, Consumer<Violation> errors) {
        if (hasAny("select 1 from import_enterprise group by uscc having count(*) > 1 limit 1")) {
            jdbc.query("""
                    select row_no, uscc, first_row from (
                        select row_no, uscc, min(row_no) over (partition by uscc) as first_row from import_enterprise) d
                    where row_no > first_row order by row_no""",
                    (RowCallbackHandler) rs -> errors.accept(Violation.atRow(rs.getInt(1), layout.header(EnterpriseRows.USCC), rs.getString(2),
                            "registryimport.uscc.duplicate", rs.getInt(3))));
        }
        jdbc.query("""
                select s.row_no, s.tech_staff is not null, coalesce(s.tech_staff, e.tech_staff),
                       coalesce(s.employees, e.employees)
                from import_enterprise s join enterprise e on e.uscc = s.uscc
                where coalesce(s.tech_staff, e.tech_staff) > coalesce(s.employees, e.employees)
                order by s.row_no""", (RowCallbackHandler) rs -> {
            int column = rs.getBoolean(2) ? EnterpriseRows.TECH_STAFF : EnterpriseRows.EMPLOYEES;
            String value = String.valueOf(rs.getInt(column == EnterpriseRows.TECH_STAFF ? 3 : 4));
            errors.accept(Violation.atRow(rs.getInt(1), layout.header(column), value,
                    "registryimport.techStaff.exceedsKnownEmployees", rs.getInt(3), rs.getInt(4)));
        });
    }

    void figures(HeaderLayout layout, Consumer<Violation> errors) {
        if (hasAny("select 1 from import_figures group by uscc, fiscal_year having count(*) > 1 limit 1")) {
            jdbc.query("""
                    select row_no, fiscal_year, first_row from (
                        select row_no, fiscal_year,
                               min(row_no) over (partition by uscc, fiscal_year) as first_row from import_figures) d
                    where row_no > first_row order by row_no""",
                    (RowCallbackHandler) rs -> errors.accept(Violation.atRow(rs.getInt(1), layout.header(FigureRows.FISCAL_YEAR),
                            rs.getString(2), "registryimport.figures.duplicate", rs.getInt(3))));
        }
        jdbc.query("""
                select s.row_no, s.uscc from import_figures s
                where not exists (select 1 from enterprise e where e.uscc = s.uscc)
                  and not exists (select 1 from import_enterprise i where i.uscc = s.uscc)
                order by s.row_no""",
                (RowCallbackHandler) rs -> errors.accept(Violation.atRow(rs.getInt(1), layout.header(FigureRows.USCC), rs.getString(2),
                        "registryimport.figures.unknownEnterprise")));
    }

    private boolean hasAny(String sql) {
        return !jdbc.queryForList(sql).isEmpty();
    }
}
