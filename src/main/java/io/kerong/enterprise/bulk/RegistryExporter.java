package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.Sheets;
import io.kerong.enterprise.EnterpriseQuery;
import io.kerong.enterprise.HighTechField;
import io.kerong.enterprise.IndustrySection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the registry (or the part the list's filters select) as an .xlsx in the enterprises import layout, so the
 * file can be edited and imported back. Rows stream from a database cursor into POI's streaming workbook, which keeps
 * only a window of rows in memory: a million rows export in flat memory.
 */
@Service
public class RegistryExporter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final String SELECT = "select e.uscc, e.name, e.legal_representative, e.founded_on, "
            + "e.industry_section, e.high_tech_field, e.employees, e.tech_staff, e.contact_name, e.contact_phone, "
            + "e.contact_email from enterprise e where %s order by e.id";

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    RegistryExporter(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Writes the workbook to {@code out}; returns the number of enterprises written. */
    public long export(EnterpriseQuery query, OutputStream out) throws IOException {
        ExportFilter filter = ExportFilter.of(query, LocalDate.now(clock));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("企业名录");
            Sheets.header(sheet, ImportKind.ENTERPRISES.columns().stream().map(ImportColumn::chinese).toList());
            CellStyle date = Sheets.dateStyle(workbook);
            long[] count = {0};
            readOnly.executeWithoutResult(s -> streaming.query(SELECT.formatted(filter.where()),
                    (RowCallbackHandler) rs -> write(sheet.createRow((int) ++count[0]), rs, date), filter.params().toArray()));
            workbook.write(out);
            return count[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Row row, ResultSet rs, CellStyle date) throws SQLException {
        text(row, 0, rs.getString("uscc"));
        text(row, 1, rs.getString("name"));
        text(row, 2, rs.getString("legal_representative"));
        java.sql.Date founded = rs.getDate("founded_on");
        if (founded != null) {
            Cell cell = row.createCell(3);
            cell.setCellValue(founded.toLocalDate());
            cell.setCellStyle(date);
        }
        String industry = rs.getString("industry_section");
        text(row, 4, industry == null ? null : IndustrySection.valueOf(industry).chineseName());
        String field = rs.getString("high_tech_field");
        text(row, 5, field == null ? null : HighTechField.valueOf(field).chineseName());
        number(row, 6, (Integer) rs.getObject("employees"));
        number(row, 7, (Integer) rs.getObject("tech_staff"));
        text(row, 8, rs.getString("contact_name"));
        text(row, 9, rs.getString("contact_phone"));
        text(row, 10, rs.getString("contact_email"));
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
