package io.kerong.rating.internal.departmentdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.DataBatch;
import io.kerong.rating.DataBatchRejectedException;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.IndicatorValue;
import io.kerong.shared.Violation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DepartmentDataIntegrationTest {

    private static final Actor OPERATOR = EnterpriseFixture.operator();
    private static final String LAST_YEAR = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired DepartmentData data;
    @Autowired java.time.Clock clock;
    @Autowired IndicatorData indicators;

    UserDetails operator;
    String uscc;
    long enterpriseId;

    @BeforeEach
    void anEnterpriseAndAnOperator() {
        EnterpriseFixture fixture = EnterpriseFixture.chengduSoftwareCompany();
        enterpriseId = fixture.importedBy(registry).id();
        uscc = fixture.uscc();
        operator = member("data-operator", "OPERATOR");
    }

    @Test
    void utf8CsvWithChineseHeadersIsStoredThroughTheApi() throws Exception {
        String csv = "统一社会信用代码,指标代码,期间,数值\n" + uscc + ",TAX_CREDIT_GRADE," + LAST_YEAR + ",a\n"
                + uscc + ",TAX_PAID_GROWTH," + LAST_YEAR + ",12.5%\n";

        mvc.perform(multipart("/api/v1/rating/data/batches")
                        .file(new MockMultipartFile("file", "税务.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("batchKey", key()).param("department", "TAXATION").with(user(operator)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.inserted").value(2));

        assertThat(stored("TAX_CREDIT_GRADE")).isEqualTo("A");
        assertThat(stored("TAX_PAID_GROWTH")).isEqualTo("12.5");
    }

    @Test
    void gbkCsvWithEnglishHeadersIsStored() {
        String csv = "uscc,indicator,period,value\n" + uscc + ",COURT_DISHONEST," + lastMonth() + ",否\n";

        DataBatch batch = data.receiveFile(OPERATOR, key(), Department.COURT, "法院.csv",
                file(csv.getBytes(Charset.forName("GBK"))));

        assertThat(batch.inserted()).isEqualTo(1);
        assertThat(stored("COURT_DISHONEST")).isEqualTo("0");
    }

    @Test
    void xlsxBatchIsStored() throws Exception {
        byte[] xlsx = workbook(List.of("统一社会信用代码", "指标代码", "期间", "数值"),
                List.of(uscc, "TAX_PAID", LAST_YEAR, "86.4"), List.of(uscc, "TAX_MAJOR_VIOLATION", lastMonth(), "false"));

        DataBatch batch = data.receiveFile(OPERATOR, key(), Department.TAXATION, "税务.xlsx", file(xlsx));

        assertThat(batch.inserted()).isEqualTo(2);
        assertThat(stored("TAX_PAID")).isEqualTo("86.4");
    }

    @Test
    void jsonBatchIsStoredAndTheSameValuesAgainUnderItsKeyAreAnsweredAsAlreadyReceived() throws Exception {
        String key = key();
        String body = """
                {"department": "TAXATION", "values": [
                  {"uscc": "%s", "indicator": "TAX_PAID", "period": "%s", "value": "120.5"}]}""".formatted(uscc, LAST_YEAR);
        mvc.perform(post("/api/v1/rating/data/batches/{key}", key).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alreadyReceived").value(false));

        mvc.perform(post("/api/v1/rating/data/batches/{key}", key).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyReceived").value(true));

        assertThat(stored("TAX_PAID")).isEqualTo("120.5");
        assertThat(batchesUnder(key)).isEqualTo(1);
    }

    @Test
    void otherValuesUnderAUsedBatchKeyAreAConflictNamingTheEarlierBatchAndWriteNothing() throws Exception {
        String key = key();
        DataBatch earlier = data.receive(OPERATOR, key, Department.TAXATION,
                List.of(new DeliveredValue(uscc, "TAX_PAID", LAST_YEAR, "120.5")));
        String changed = """
                {"department": "TAXATION", "values": [
                  {"uscc": "%s", "indicator": "TAX_PAID", "period": "%s", "value": "999"}]}""".formatted(uscc, LAST_YEAR);
        java.time.LocalDateTime received = earlier.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDateTime();
        String receivedZh = received.getYear() + " 年 " + received.getMonthValue() + " 月 " + received.getDayOfMonth()
                + " 日 " + String.format("%02d:%02d", received.getHour(), received.getMinute());
        String receivedEn = received.getDayOfMonth() + " "
                + received.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                + received.getYear() + ", " + String.format("%02d:%02d", received.getHour(), received.getMinute());

        mvc.perform(post("/api/v1/rating/data/batches/{key}", key).contentType(MediaType.APPLICATION_JSON)
                        .content(changed).with(user(operator)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kerong.io/problems/conflict"))
                .andExpect(jsonPath("$.errors[0].field").value("batchKey"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("已用于第 " + earlier.id() + " 号批次"),
                        org.hamcrest.Matchers.containsString("（" + receivedZh + " 接收，"),
                        org.hamcrest.Matchers.containsString("1 行"))));
        mvc.perform(post("/api/v1/rating/data/batches/{key}", key).contentType(MediaType.APPLICATION_JSON)
                        .content(changed).param("lang", "en").with(user(operator)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(
                        org.hamcrest.Matchers.containsString("(received " + receivedEn + ", 1 rows)")));

        assertThat(stored("TAX_PAID")).isEqualTo("120.5");
        assertThat(batchesUnder(key)).isEqualTo(1);
    }

    @Test
    void theSameFileUploadedAgainIsAlreadyReceivedAndAnotherFileUnderItsKeyIsRefusedOnThePage() throws Exception {
        String key = key();
        String csv = "uscc,indicator,period,value\n" + uscc + ",TAX_PAID," + LAST_YEAR + ",50\n";
        DataBatch first = data.receiveFile(OPERATOR, key, Department.TAXATION, "税务.csv",
                file(csv.getBytes(StandardCharsets.UTF_8)));
        DataBatch again = data.receiveFile(OPERATOR, key, Department.TAXATION, "税务-重发.csv",
                file(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.alreadyReceived()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());

        byte[] other = csv.replace(",50", ",60").getBytes(StandardCharsets.UTF_8);
        String page = mvc.perform(multipart("/operator/rating/data")
                        .file(new MockMultipartFile("file", "税务.csv", "text/csv", other))
                        .param("batchKey", key).param("department", "TAXATION").with(user(operator)).with(csrf())
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已用于第 " + first.id() + " 号批次", "本次内容与之不同");
        assertThat(stored("TAX_PAID")).isEqualTo("50");
        assertThat(batchesUnder(key)).isEqualTo(1);
    }

    private long batchesUnder(String key) {
        return jdbc.sql("select count(*) from rating_data_batch where batch_key = ?").param(key).query(Long.class)
                .single();
    }

    @Test
    void badBatchWritesNothingAndReportsRowColumnValueAndReason() throws Exception {
        String future = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1);
        String csv = "统一社会信用代码,指标代码,期间,数值\n"
                + uscc + ",TAX_PAID," + LAST_YEAR + ",100\n"
                + "91510100MA00000000,TAX_PAID," + LAST_YEAR + ",1\n"
                + uscc + ",NO_SUCH_CODE," + LAST_YEAR + ",1\n"
                + uscc + ",TAX_CREDIT_GRADE," + LAST_YEAR + ",Z\n"
                + uscc + ",TAX_PAID," + future + ",1\n"
                + uscc + ",TAX_PAID," + LAST_YEAR + ",7\n"
                + uscc + ",TAX_LATE_FILINGS_12M," + lastMonth() + ",-1\n"
                + uscc + ",TOP5_CUSTOMER_SHARE," + LAST_YEAR + ",120\n";

        var rejected = catchThrowableOfType(DataBatchRejectedException.class, () ->
                data.receiveFile(OPERATOR, key(), Department.TAXATION, "税务.csv",
                        file(csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(rejected.violations()).extracting(Violation::row, Violation::field, Violation::value,
                        Violation::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "统一社会信用代码", "91510100MA00000000", "ratingdata.uscc.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "指标代码", "NO_SUCH_CODE", "ratingdata.indicator.unknown"),
                        org.assertj.core.groups.Tuple.tuple(5, "数值", "Z", "ratingdata.value.unknownCategory"),
                        org.assertj.core.groups.Tuple.tuple(6, "期间", future, "ratingdata.period.future"),
                        org.assertj.core.groups.Tuple.tuple(7, "期间", LAST_YEAR, "ratingdata.row.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(8, "数值", "-1", "ratingdata.value.negativeCount"),
                        org.assertj.core.groups.Tuple.tuple(9, "数值", "120", "ratingdata.value.shareAbove100"));
        assertThat(jdbc.sql("select count(*) from rating_indicator_value where enterprise_id = ?").param(enterpriseId)
                .query(Long.class).single()).isZero();

        byte[] report = mvc.perform(get("/operator/rating/data/{id}/report", rejected.batchId()).param("format", "csv")
                        .param("lang", "zh-CN").with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(report, StandardCharsets.UTF_8);
        assertThat(text).contains("行号").contains("4,指标代码,NO_SUCH_CODE,当前模型中没有这个指标代码");
    }

    @Test
    void theCsvErrorReportShowsFormulaValuesAsTextAndANegativeCountAsItsNumber() throws Exception {
        String formula = "=cmd|' /C calc'!A0";
        var rejected = catchThrowableOfType(DataBatchRejectedException.class, () -> data.receive(OPERATOR, key(),
                Department.TAXATION, List.of(new DeliveredValue(uscc, "TAX_PAID", LAST_YEAR, formula),
                        new DeliveredValue(uscc, "TAX_LATE_FILINGS_12M", lastMonth(), "-5"),
                        new DeliveredValue(uscc, "TAX_CREDIT_GRADE", LAST_YEAR, "@SUM(1+1)"))));

        byte[] report = mvc.perform(get("/operator/rating/data/{id}/report", rejected.batchId()).param("format", "csv")
                        .param("lang", "zh-CN").with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> values = org.apache.commons.csv.CSVParser.parse(
                        new String(report, StandardCharsets.UTF_8).substring(1), org.apache.commons.csv.CSVFormat.DEFAULT)
                .getRecords().stream().skip(1).map(record -> record.get(2)).toList();
        assertThat(values).containsExactly("'" + formula, "-5", "'@SUM(1+1)");
    }

    @Test
    void aRepeatedRowInAnOtherwiseCleanFirstDeliveryIsRejectedWithBothRows() {
        var rejected = catchThrowableOfType(DataBatchRejectedException.class, () -> data.receive(OPERATOR, key(),
                Department.TAXATION, List.of(new DeliveredValue(uscc, "TAX_PAID", LAST_YEAR, "100"),
                        new DeliveredValue(uscc, "TAX_PAID_GROWTH", LAST_YEAR, "5"),
                        new DeliveredValue(uscc.toLowerCase(), " TAX_PAID", LAST_YEAR, "101"))));

        assertThat(rejected.violations()).extracting(Violation::row, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ratingdata.row.duplicate"));
        assertThat(rejected.violations().getFirst().args()).containsExactly(1);
        assertThat(jdbc.sql("select count(*) from rating_indicator_value where enterprise_id = ?").param(enterpriseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownCreditCodeInAnOtherwiseCleanBatchIsRejected() {
        String unknown = EnterpriseFixture.freshUscc("510107");
        var rejected = catchThrowableOfType(DataBatchRejectedException.class, () -> data.receive(OPERATOR, key(),
                Department.TAXATION, List.of(new DeliveredValue(uscc, "TAX_PAID", LAST_YEAR, "100"),
                        new DeliveredValue(unknown, "TAX_PAID", LAST_YEAR, "7"))));

        assertThat(rejected.violations()).extracting(Violation::row, Violation::value, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, unknown, "ratingdata.uscc.unknown"));
        assertThat(jdbc.sql("select count(*) from rating_indicator_value where enterprise_id = ?").param(enterpriseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFirstDeliveryMarksEveryValueWithItsBatchAndArrival() {
        DataBatch batch = data.receive(OPERATOR, key(), Department.TAXATION,
                List.of(new DeliveredValue(uscc, "TAX_PAID", LAST_YEAR, "100"),
                        new DeliveredValue(uscc, "TAX_PAID_GROWTH", LAST_YEAR, "5")));

        assertThat(jdbc.sql("select batch_id, received_at from rating_indicator_value where enterprise_id = ?")
                .param(enterpriseId).query((rs, i) -> rs.getLong(1) + " " + rs.getObject(2, OffsetDateTime.class)
                        .toInstant()).list())
                .containsOnly(batch.id() + " " + batch.receivedAt().toInstant())
                .hasSize(2);
    }

    @Test
    void apiRejectionIsAProblemWithTheRows() throws Exception {
        String body = """
                {"department": "COURT", "values": [
                  {"uscc": "%s", "indicator": "COURT_DISHONEST", "period": "%s", "value": "maybe"}]}"""
                .formatted(uscc, lastMonth());

        mvc.perform(post("/api/v1/rating/data/batches/{key}", key()).contentType(MediaType.APPLICATION_JSON)
                        .content(body).param("lang", "en").with(user(operator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.totalErrors").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].value").value("maybe"))
                .andExpect(jsonPath("$.errors[0].message").value("Expected true/false, 是/否 or 1/0"));
    }

    @Test
    void aCorrectionReplacesTheValueOfItsPeriodAndANewerPeriodKeepsTheOlderOne() {
        int year = Integer.parseInt(LAST_YEAR);
        deliver("TAX_PAID", String.valueOf(year - 1), "50");
        deliver("TAX_PAID", String.valueOf(year), "60");
        deliver("TAX_PAID", String.valueOf(year), "65");

        assertThat(jdbc.sql("select period, number from rating_indicator_value where enterprise_id = ? "
                        + "and indicator_code = 'TAX_PAID' order by period").param(enterpriseId)
                .query((rs, i) -> rs.getString(1) + "=" + rs.getBigDecimal(2).toPlainString()).list())
                .containsExactly((year - 1) + "=50", year + "=65");
        assertThat(jdbc.sql("select number from rating_indicator_value_revision where enterprise_id = ?")
                .param(enterpriseId).query(BigDecimal.class).list()).containsExactly(new BigDecimal("60"));
        assertThat(indicators.latest(enterpriseId, today()).get("TAX_PAID").number()).isEqualByComparingTo("65");
    }

    @Test
    void latestAsOfADayBeforeTheBatchArrivedDoesNotSeeIt() {
        deliver("TAX_PAID", LAST_YEAR, "42");

        assertThat(indicators.latest(enterpriseId, today().minusDays(1))).doesNotContainKey("TAX_PAID");
        assertThat(indicators.latest(enterpriseId, today()).get("TAX_PAID").number()).isEqualByComparingTo("42");
    }

    @Test
    void aCorrectionCountsFromTheDayItArrived() {
        deliver("TAX_PAID", LAST_YEAR, "42");
        jdbc.sql("update rating_indicator_value set received_at = received_at - interval '10 days' where enterprise_id = ?")
                .param(enterpriseId).update();
        deliver("TAX_PAID", LAST_YEAR, "43");

        assertThat(indicators.latest(enterpriseId, today().minusDays(3)).get("TAX_PAID").number())
                .isEqualByComparingTo("42");
        assertThat(indicators.latest(enterpriseId, today()).get("TAX_PAID").number()).isEqualByComparingTo("43");
    }

    @Test
    void streamingVariantGivesTheSameValuesAsTheSingleLookup() {
        deliver("TAX_PAID", LAST_YEAR, "42");
        Map<String, IndicatorValue>[] seen = new Map[1];

        indicators.forEachEnterprise(today(), e -> {
            if (e.enterpriseId() == enterpriseId) {
                seen[0] = e.values();
            }
        });

        assertThat(seen[0]).isEqualTo(indicators.latest(enterpriseId, today()));
    }

    @Test
    void derivedIndicatorsOfTheFixtureEnterpriseComeFromItsRegistryRecord() {
        // the fixture: 120 employees, 40 in R&D, 2024 revenue 3,000万 with R&D 240万, net assets 2,500万,
        // 2 invention patents and 11 Ⅱ类 rights, a valid 科技型中小企业 registration
        registry.saveFigures(OPERATOR, enterpriseId, new io.kerong.enterprise.YearlyFigures(2022,
                new BigDecimal("20000000"), null, null, new BigDecimal("30000000"), new BigDecimal("10000000"),
                null, null, null));
        registry.saveFigures(OPERATOR, enterpriseId, new io.kerong.enterprise.YearlyFigures(2023,
                new BigDecimal("25000000"), null, null, new BigDecimal("35000000"), new BigDecimal("10000000"),
                null, null, null));

        Map<String, IndicatorValue> values = indicators.latest(enterpriseId, LocalDate.of(2025, 6, 30));

        assertThat(values.get("RD_RATIO").number()).isEqualByComparingTo("8");
        assertThat(values.get("RD_RATIO").period()).isEqualTo("2024");
        assertThat(values.get("REVENUE_GROWTH").number()).isEqualByComparingTo("22.5");
        assertThat(values.get("NET_ASSET_GROWTH").number()).isEqualByComparingTo("12.5");
        assertThat(values.get("REVENUE").number()).isEqualByComparingTo("3000");
        assertThat(values.get("EMPLOYEES").number()).isEqualByComparingTo("120");
        assertThat(values.get("TECH_STAFF_SHARE").number()).isBetween(new BigDecimal("33.3333"), new BigDecimal("33.3334"));
        assertThat(values.get("INVENTION_PATENTS_PER_100").number()).isBetween(new BigDecimal("1.6666"), new BigDecimal("1.6667"));
        assertThat(values.get("CLASS1_IP_COUNT").number()).isEqualByComparingTo("2");
        assertThat(values.get("CLASS2_IP_COUNT").number()).isEqualByComparingTo("11");
        assertThat(values.get("TECH_SME_QUALIFIED").number()).isEqualByComparingTo("1");
        assertThat(values.get("HIGH_TECH_CERTIFIED").number()).isEqualByComparingTo("0");
        assertThat(indicators.latest(enterpriseId, LocalDate.of(2024, 4, 30)).get("TECH_SME_QUALIFIED").number())
                .as("the registration starts on 2024-05-01").isEqualByComparingTo("0");
    }

    private void deliver(String code, String period, String value) {
        data.receive(OPERATOR, key(), Department.TAXATION, List.of(new DeliveredValue(uscc, code, period, value)));
    }

    private String stored(String code) {
        return jdbc.sql("select coalesce(text, number::text) from rating_indicator_value where enterprise_id = ? "
                + "and indicator_code = ?").params(enterpriseId, code).query(String.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String lastMonth() {
        return java.time.YearMonth.from(today()).minusMonths(1).toString();
    }

    private static String key() {
        return "TEST-" + UUID.randomUUID();
    }

    private static java.nio.file.Path file(byte[] content) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("batch", ".bin");
            java.nio.file.Files.write(f, content);
            f.toFile().deleteOnExit();
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static byte[] workbook(List<String>... rows) throws java.io.IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("数据");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    String v = rows[r].get(c);
                    if (r > 0 && c == 3 && v.matches("[0-9.]+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
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
