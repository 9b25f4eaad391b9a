package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.CsvTableReader;

import static io.kerong.enterprise.bulk.ImportTestFiles.ENTERPRISE_HEADERS;
import static io.kerong.enterprise.bulk.ImportTestFiles.FIGURE_HEADERS;
import static io.kerong.enterprise.bulk.ImportTestFiles.enterprise;
import static io.kerong.enterprise.bulk.ImportTestFiles.enterpriseRows;
import static io.kerong.enterprise.bulk.ImportTestFiles.figureRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kerong.audit.AuditActor;
import io.kerong.shared.Violation;
import io.kerong.shared.web.Problems;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryImportIntegrationTest {

    static final AuditActor OPERATOR = new AuditActor(null, "导入测试员 (科技局)", null);

    @Autowired RegistryImporter importer;
    @Autowired JdbcClient jdbc;
    @Autowired Problems problems;

    @TempDir Path dir;
    ImportTestFiles files;

    @BeforeEach
    void emptyRegistry() {
        files = new ImportTestFiles(dir);
        RegistryTables.empty(jdbc);
    }

    @Test
    void utf8CsvWithByteOrderMarkInsertsEveryRowWithTheDivisionFromTheCode() throws IOException {
        Path file = files.csv("企业.csv", StandardCharsets.UTF_8, true, ENTERPRISE_HEADERS, enterpriseRows(0, 20));

        ImportOutcome outcome = importEnterprises(file);

        assertThat(outcome.inserted()).isEqualTo(20);
        assertThat(outcome.updated()).isZero();
        var first = enterprise(0);
        assertThat(jdbc.sql("select name, division_code, tech_staff from enterprise where uscc = ?").param(first.uscc())
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getInt(3))).single())
                .containsExactly(first.name(), first.uscc().substring(2, 8), first.techStaff());
    }

    @Test
    void gbkCsvAsSavedByChineseExcelIsRecognised() throws IOException {
        Path file = files.csv("企业-gbk.csv", CsvTableReader.GBK, false, ENTERPRISE_HEADERS, enterpriseRows(0, 5));

        assertThat(importEnterprises(file).inserted()).isEqualTo(5);
        assertThat(nameOf(enterprise(3).uscc())).isEqualTo(enterprise(3).name());
    }

    @Test
    void xlsxWithDateCellsAndNumberCellsIsImported() throws IOException {
        Path file = files.enterprisesXlsx("企业.xlsx", enterpriseRows(0, 8));

        assertThat(importEnterprises(file).inserted()).isEqualTo(8);
        var e = enterprise(7);
        assertThat(jdbc.sql("select founded_on::text || '/' || employees from enterprise where uscc = ?").param(e.uscc())
                .query(String.class).single()).isEqualTo(e.foundedOn() + "/" + e.employees());
    }

    @Test
    void oneBadRowAmongManyWritesNothingAndTheReportNamesRowColumnValueAndReason() throws IOException {
        List<List<String>> rows = enterpriseRows(0, 60);
        String good = rows.get(35).get(0);
        String badCode = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        rows.get(35).set(0, badCode);
        Path file = files.csv("企业.csv", ENTERPRISE_HEADERS, rows);

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importEnterprises(file));

        assertThat(rejected.totalErrors()).isEqualTo(1);
        Violation v = rejected.violations().getFirst();
        assertThat(v.row()).as("header is row 1, the 36th data row is row 37").isEqualTo(37);
        assertThat(v.field()).isEqualTo("统一社会信用代码");
        assertThat(v.value()).isEqualTo(badCode);
        assertThat(problems.message(v, Locale.SIMPLIFIED_CHINESE)).contains("校验位");
        assertThat(problems.message(v, Locale.ENGLISH)).containsIgnoringCase("check character");
        assertThat(count("enterprise")).isZero();
        ImportRecord record = rejected.files().getFirst();
        assertThat(record.status()).isEqualTo(ImportRecord.Status.REJECTED);
        assertThat(record.errorCount()).isEqualTo(1);
        assertThat(jdbc.sql("select row_no from enterprise_import_error where import_id = ?").param(record.id())
                .query(Integer.class).list()).containsExactly(37);
    }

    @Test
    void everyProblemOfEveryRowIsReportedNotJustTheFirst() throws IOException {
        List<List<String>> rows = enterpriseRows(0, 10);
        rows.get(1).set(3, "2024-13-01");
        rows.get(2).set(7, String.valueOf(Integer.parseInt(rows.get(2).get(6)) + 1));
        rows.get(3).set(4, "Z");
        rows.get(4).set(1, "");
        rows.get(6).set(0, rows.get(5).get(0));
        rows.get(7).set(3, "2999-01-01");
        Path file = files.csv("企业.csv", ENTERPRISE_HEADERS, rows);

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importEnterprises(file));

        assertThat(rejected.violations()).extracting(Violation::row, Violation::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "成立日期"),
                        org.assertj.core.groups.Tuple.tuple(4, "科技人员数"),
                        org.assertj.core.groups.Tuple.tuple(5, "所属行业"),
                        org.assertj.core.groups.Tuple.tuple(6, "企业名称"),
                        org.assertj.core.groups.Tuple.tuple(8, "统一社会信用代码"),
                        org.assertj.core.groups.Tuple.tuple(9, "成立日期"));
        assertThat(rejected.violations()).filteredOn(v -> v.row() == 8).first()
                .extracting(Violation::messageKey, v -> v.args()[0]).containsExactly("registryimport.uscc.duplicate", 7);
        assertThat(count("enterprise")).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() throws IOException {
        Path file = files.csv("企业.csv", ENTERPRISE_HEADERS, enterpriseRows(0, 30));
        importEnterprises(file);
        long auditBefore = count("audit_entry");

        ImportOutcome second = importEnterprises(file);

        assertThat(List.of(second.inserted(), second.updated(), second.unchanged())).containsExactly(0, 0, 30);
        assertThat(count("audit_entry")).as("only the import's own entry").isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("select count(*) from enterprise where version > 0").query(Long.class).single()).isZero();
    }

    @Test
    void anUpdatedEnterpriseIsAuditedWithTheChangedFieldsBeforeAndAfter() throws IOException {
        importEnterprises(files.csv("v1.csv", ENTERPRISE_HEADERS, enterpriseRows(0, 10)));
        List<List<String>> rows = enterpriseRows(0, 10);
        var changed = enterprise(4);
        rows.get(4).set(6, String.valueOf(changed.employees() + 5));
        rows.get(4).set(10, "new.contact@example.com");
        rows.get(6).set(9, "");

        ImportOutcome outcome = importEnterprises(files.csv("v2.csv", ENTERPRISE_HEADERS, rows));

        assertThat(List.of(outcome.inserted(), outcome.updated(), outcome.unchanged())).containsExactly(0, 1, 9);
        long id = jdbc.sql("select id from enterprise where uscc = ?").param(changed.uscc()).query(Long.class).single();
        var entry = jdbc.sql("select action, before_state::text, after_state::text from audit_entry "
                        + "where subject_type = 'enterprise' and subject_id = ?")
                .param(String.valueOf(id)).query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(entry.get(0)).isEqualTo("import-update");
        assertThat(entry.get(1)).contains("\"employees\":" + changed.employees(), changed.contactEmail())
                .doesNotContain("name");
        assertThat(entry.get(2)).contains("\"employees\":" + (changed.employees() + 5), "new.contact@example.com");
        assertThat(nameOf(enterprise(6).uscc())).as("an empty cell keeps the registry's value").isNotNull();
        assertThat(jdbc.sql("select contact_phone from enterprise where uscc = ?").param(enterprise(6).uscc())
                .query(String.class).single()).isEqualTo(enterprise(6).contactPhone());
    }

    @Test
    void englishColumnNamesInAnyOrderAreAccepted() throws IOException {
        List<List<String>> rows = enterpriseRows(0, 3).stream().map(r -> List.of(r.get(1), r.get(0), r.get(6))).toList();
        Path file = files.csv("en.csv", List.of("Name", "USCC", "employees"), rows);

        assertThat(importEnterprises(file).inserted()).isEqualTo(3);
        assertThat(nameOf(enterprise(2).uscc())).isEqualTo(enterprise(2).name());
    }

    @Test
    void anUnknownColumnIsRejectedNamingTheHeader() throws IOException {
        List<String> headers = new java.util.ArrayList<>(ENTERPRISE_HEADERS);
        headers.set(8, "注册资本");
        Path file = files.csv("企业.csv", headers, enterpriseRows(0, 3));

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importEnterprises(file));

        assertThat(rejected.violations()).singleElement().satisfies(v -> {
            assertThat(v.row()).isEqualTo(1);
            assertThat(v.value()).isEqualTo("注册资本");
            assertThat(v.messageKey()).isEqualTo("registryimport.header.unknown");
        });
        assertThat(count("enterprise")).isZero();
    }

    @Test
    void yearlyFiguresImportedWithTheirEnterprisesInOneBatch() throws IOException {
        Path enterprises = files.csv("企业.csv", ENTERPRISE_HEADERS, enterpriseRows(0, 4));
        Path figures = files.csv("年度.csv", FIGURE_HEADERS, figureRows(0, 4));

        ImportOutcome outcome = importer.importFiles(List.of(
                new ImportUpload(ImportKind.YEARLY_FIGURES, "年度.csv", figures),
                new ImportUpload(ImportKind.ENTERPRISES, "企业.csv", enterprises)), OPERATOR);

        assertThat(outcome.files()).extracting(ImportRecord::kind, ImportRecord::inserted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportKind.ENTERPRISES, 4),
                        org.assertj.core.groups.Tuple.tuple(ImportKind.YEARLY_FIGURES, 12));
        var latest = enterprise(2).latestFigures();
        assertThat(jdbc.sql("select rd_expense from enterprise_yearly_figures f join enterprise e on e.id = f.enterprise_id "
                        + "where e.uscc = ? and fiscal_year = ?").params(enterprise(2).uscc(), latest.fiscalYear())
                .query(BigDecimal.class).single()).isEqualByComparingTo(latest.rdExpense());
    }

    @Test
    void figuresOfAnEnterpriseNotInTheRegistryAreRejected() throws IOException {
        Path figures = files.csv("年度.csv", FIGURE_HEADERS, figureRows(0, 1));

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importer.importFiles(
                List.of(new ImportUpload(ImportKind.YEARLY_FIGURES, "年度.csv", figures)), OPERATOR));

        assertThat(rejected.violations()).extracting(Violation::row, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "registryimport.figures.unknownEnterprise"),
                org.assertj.core.groups.Tuple.tuple(3, "registryimport.figures.unknownEnterprise"),
                org.assertj.core.groups.Tuple.tuple(4, "registryimport.figures.unknownEnterprise"));
    }

    @Test
    void negativeAmountsAndThirdDecimalsAreRejected() throws IOException {
        importEnterprises(files.csv("企业.csv", ENTERPRISE_HEADERS, enterpriseRows(0, 1)));
        List<List<String>> rows = figureRows(0, 1);
        rows.get(0).set(8, "-1.00");
        rows.get(1).set(3, "12.345");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importer.importFiles(
                List.of(new ImportUpload(ImportKind.YEARLY_FIGURES, "年度.csv", files.csv("年度.csv", FIGURE_HEADERS, rows))),
                OPERATOR));

        assertThat(rejected.violations()).extracting(Violation::row, Violation::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "纳税总额"), org.assertj.core.groups.Tuple.tuple(3, "成本费用总额"));
        assertThat(count("enterprise_yearly_figures")).isZero();
    }

    private ImportOutcome importEnterprises(Path file) {
        return importer.importFiles(List.of(new ImportUpload(ImportKind.ENTERPRISES, file.getFileName().toString(), file)),
                OPERATOR);
    }

    private String nameOf(String uscc) {
        return jdbc.sql("select name from enterprise where uscc = ?").param(uscc).query(String.class).optional().orElse(null);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
