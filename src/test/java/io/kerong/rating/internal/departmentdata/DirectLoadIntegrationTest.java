package io.kerong.rating.internal.departmentdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.RegistryQueries;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModels;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The fast path of a first delivery, with lookup chunks of two credit codes so that a small batch spans several. */
@SpringBootTest
class DirectLoadIntegrationTest {

    private static final String LAST_YEAR = String.valueOf(today().getYear() - 1);
    private static final long BATCH_ID = 987_654_321L;

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired EnterpriseRegistry registry;
    @Autowired RegistryQueries registryQueries;
    @Autowired RatingModels models;
    @Autowired DepartmentData data;

    final List<String> usccs = new ArrayList<>();
    final List<Long> ids = new ArrayList<>();
    DirectLoad direct;

    @BeforeEach
    void fiveEnterprises() {
        for (int i = 0; i < 5; i++) {
            EnterpriseFixture fixture = EnterpriseFixture.chengduSoftwareCompany();
            ids.add(fixture.importedBy(registry).id());
            usccs.add(fixture.uscc());
        }
        direct = new DirectLoad(dataSource, new UnheldEnterprises(registryQueries, new JdbcTemplate(dataSource)), 2);
    }

    @Test
    void rowsOfEveryChunkAreWrittenWithTheirEnterpriseBatchAndArrival() {
        OffsetDateTime at = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MICROS);
        List<DeliveredValue> rows = byIndicator();

        List<String> written = inRolledBackTransaction(() -> {
            BatchLoad.Loaded loaded = direct.tryLoad(BatchRows.of(rows), catalog(), Department.TAXATION, today(),
                    BATCH_ID, at, new StepTimes());
            assertThat(loaded.rows()).isEqualTo(10);
            return jdbc.sql("""
                    select enterprise_id || ' ' || indicator_code || ' ' || period || ' ' || number || ' '
                           || (received_at = ?) from rating_indicator_value where batch_id = ?""")
                    .params(at, BATCH_ID).query(String.class).list();
        });

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(ids.get(i) + " TAX_PAID " + LAST_YEAR + " " + (100 + i) + " true");
            expected.add(ids.get(i) + " TAX_PAID_GROWTH " + LAST_YEAR + " " + i + " true");
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anEnterpriseAlreadyHoldingAValueOfTheDepartmentSendsTheBatchThroughStaging() {
        data.receive(null, "TEST-" + UUID.randomUUID(), Department.TAXATION,
                List.of(new DeliveredValue(usccs.get(3), "TAX_CREDIT_GRADE", LAST_YEAR, "A")));

        assertThat(tryLoad(byIndicator())).isNull();
    }

    @Test
    void anUnknownCreditCodeSendsTheBatchThroughStaging() {
        List<DeliveredValue> rows = new ArrayList<>(byIndicator());
        rows.add(new DeliveredValue(EnterpriseFixture.freshUscc("510100"), "TAX_PAID", LAST_YEAR, "1"));

        assertThat(tryLoad(rows)).isNull();
    }

    @Test
    void aRepeatedKeySendsTheBatchThroughStaging() {
        List<DeliveredValue> rows = new ArrayList<>(byIndicator());
        rows.add(new DeliveredValue(usccs.get(0), "TAX_PAID", LAST_YEAR, "1"));

        assertThat(tryLoad(rows)).isNull();
    }

    private BatchLoad.Loaded tryLoad(List<DeliveredValue> rows) {
        return inRolledBackTransaction(() -> direct.tryLoad(BatchRows.of(rows), catalog(), Department.TAXATION,
                today(), BATCH_ID, OffsetDateTime.now(), new StepTimes()));
    }

    /** Each credit code comes back after the others, as in a file sorted by indicator. */
    private List<DeliveredValue> byIndicator() {
        List<DeliveredValue> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(new DeliveredValue(usccs.get(i), "TAX_PAID", LAST_YEAR, String.valueOf(100 + i)));
        }
        for (int i = 0; i < 5; i++) {
            rows.add(new DeliveredValue(usccs.get(i), "TAX_PAID_GROWTH", LAST_YEAR, String.valueOf(i)));
        }
        return rows;
    }

    private <T> T inRolledBackTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private Map<String, Indicator> catalog() {
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        models.current().indicators().forEach(i -> catalog.put(i.code(), i));
        return catalog;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
