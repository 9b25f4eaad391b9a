package io.kerong.enterprise.bulk;

import static io.kerong.enterprise.bulk.ImportTestFiles.ENTERPRISE_HEADERS;
import static io.kerong.enterprise.bulk.ImportTestFiles.enterpriseRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryImportWebIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @TempDir Path dir;
    ImportTestFiles files;
    UserDetails operator;
    UserDetails bank;

    @BeforeEach
    void operatorAndEmptyRegistry() {
        files = new ImportTestFiles(dir);
        RegistryTables.empty(jdbc);
        operator = member("import-operator", "OPERATOR");
        bank = member("import-bank", "BANK");
    }

    @Test
    void apiImportAnswersWithTheCounts() throws Exception {
        byte[] csv = Files.readAllBytes(files.csv("企业.csv", ENTERPRISE_HEADERS, enterpriseRows(0, 5)));

        mvc.perform(multipart("/api/v1/enterprises/imports").file(new MockMultipartFile("file", "企业.csv", "text/csv", csv))
                        .param("kind", "enterprises").with(user(operator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].inserted").value(5));
    }

    @Test
    void theCsvErrorReportShowsAFormulaAsTextAndKeepsANegativeNumberReadable() throws Exception {
        List<List<String>> rows = enterpriseRows(0, 4);
        rows.get(0).set(6, "=cmd|' /C calc'!A0");
        rows.get(1).set(6, "-5");
        rows.get(2).set(6, "@SUM(1+1)*cmd|' /C calc'!A0");
        rows.get(3).set(6, "+1+cmd|' /C calc'!A0");
        byte[] csv = Files.readAllBytes(files.csv("企业.csv", ENTERPRISE_HEADERS, rows));
        mvc.perform(multipart("/api/v1/enterprises/imports").file(new MockMultipartFile("file", "企业.csv", "text/csv", csv))
                        .param("kind", "enterprises").with(user(operator)).with(csrf()))
                .andExpect(status().isBadRequest());
        long importId = jdbc.sql("select max(id) from enterprise_import").query(Long.class).single();
        byte[] report = mvc.perform(get("/operator/enterprises/import/{id}/report", importId).param("format", "csv")
                        .with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<org.apache.commons.csv.CSVRecord> lines = org.apache.commons.csv.CSVParser.parse(
                        new String(report, java.nio.charset.StandardCharsets.UTF_8).substring(1),
                        org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().stream().skip(1).toList();
        assertThat(lines).extracting(line -> line.get(2)).containsExactly("'=cmd|' /C calc'!A0", "-5", "3",
                "'@SUM(1+1)*cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0");
        // the stored arguments of a message that formats numbers are numbers again (the report used to fail here)
        assertThat(lines.get(2).get(3)).isEqualTo("科技人员数（3）不能超过职工总数（-5）");
    }

    @Test
    void apiRejectionIsAProblemWithRowFieldValueAndMessageCappedAtAThousand() throws Exception {
        List<List<String>> rows = enterpriseRows(0, 1200);
        rows.forEach(r -> r.set(6, "很多"));
        byte[] csv = Files.readAllBytes(files.csv("企业.csv", ENTERPRISE_HEADERS, rows));

        mvc.perform(multipart("/api/v1/enterprises/imports").file(new MockMultipartFile("file", "企业.csv", "text/csv", csv))
                        .param("kind", "enterprises").param("lang", "en").with(user(operator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.totalErrors").value(1200))
                .andExpect(jsonPath("$.errors.length()").value(1000))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("职工总数"))
                .andExpect(jsonPath("$.errors[0].value").value("很多"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be a whole number, 0 or more"));
        assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single()).isZero();
        long importId = jdbc.sql("select max(id) from enterprise_import").query(Long.class).single();
        byte[] report = mvc.perform(get("/operator/enterprises/import/{id}/report", importId).param("format", "csv")
                        .with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(report, java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(1201);
    }

    @Test
    void onlyTheOperatorMayImport() throws Exception {
        mvc.perform(multipart("/api/v1/enterprises/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[1]))
                        .with(user(bank)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void exportedWorkbookImportsBackUnchanged() throws Exception {
        mvc.perform(multipart("/operator/enterprises/import")
                        .file(new MockMultipartFile("enterprises", "企业.xlsx", ExportController.XLSX,
                                Files.readAllBytes(files.enterprisesXlsx("企业.xlsx", enterpriseRows(0, 12)))))
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single()).isEqualTo(12);

        byte[] exported = mvc.perform(get("/operator/enterprises/export.xlsx").with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(12);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
        }

        mvc.perform(multipart("/api/v1/enterprises/imports")
                        .file(new MockMultipartFile("file", "export.xlsx", ExportController.XLSX, exported))
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].inserted").value(0))
                .andExpect(jsonPath("$.files[0].updated").value(0))
                .andExpect(jsonPath("$.files[0].unchanged").value(12));
    }

    @Test
    void exportHonoursTheListFilters() throws Exception {
        mvc.perform(multipart("/api/v1/enterprises/imports")
                        .file(new MockMultipartFile("file", "企业.csv", "text/csv",
                                Files.readAllBytes(files.csv("企业.csv", ENTERPRISE_HEADERS, enterpriseRows(0, 30)))))
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isOk());
        String prefix = ImportTestFiles.enterprise(0).uscc().substring(2, 6);
        long expected = jdbc.sql("select count(*) from enterprise where division_code like ?").param(prefix + "%")
                .query(Long.class).single();

        byte[] exported = mvc.perform(get("/api/v1/enterprises/export.xlsx").param("region", prefix + "00")
                        .with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertThat((long) workbook.getSheetAt(0).getLastRowNum()).isEqualTo(expected).isLessThan(30);
        }
    }

    @Test
    void importPageShowsTheHistoryAndTemplatesDownload() throws Exception {
        mvc.perform(get("/operator/enterprises/import").with(user(operator))).andExpect(status().isOk());
        byte[] template = mvc.perform(get("/operator/enterprises/import/template").param("kind", "yearly-figures")
                        .param("format", "csv").with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, java.nio.charset.StandardCharsets.UTF_8)).contains("统一社会信用代码,年度,营业收入");
    }

    private UserDetails member(String username, String type) {
        jdbc.sql("delete from identity_user where username = ?").param(username).update();
        long org = jdbc.sql("insert into identity_organization (type, name, status, created_at) values (?, ?, 'ACTIVE', ?) returning id")
                .params(type, username + " 机构", OffsetDateTime.now()).query(Long.class).single();
        jdbc.sql("""
                insert into identity_user (organization_id, username, display_name, password_hash, roles, created_at)
                values (?, ?, ?, '{noop}unused', '{ORG_ADMIN}'::text[], ?)""")
                .params(org, username, username, OffsetDateTime.now()).update();
        return users.loadUserByUsername(username);
    }
}
