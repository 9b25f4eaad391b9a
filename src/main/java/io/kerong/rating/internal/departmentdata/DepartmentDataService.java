package io.kerong.rating.internal.departmentdata;

import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.enterprise.RegistryQueries;
import io.kerong.identity.Actor;
import io.kerong.rating.DataBatch;
import io.kerong.rating.DataBatchRejectedException;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.editing.IndicatorCatalog;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import io.kerong.shared.tabular.FileFacts;
import io.kerong.shared.tabular.ViolationSpool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Department data batches (部门数据报送): validates a batch whole in a staging table, then writes it set-based in the
 * same transaction, or records the rejection with every problem. A batch key is applied once; sent again it is
 * answered as received when the content is the same, refused as a conflict when not ({@link BatchKeyReuse}). A clean
 * first delivery
 * takes a shorter way ({@link DirectLoad}) to the same result; anything else rolls back to before it and takes the
 * staging path.
 */
@Service
class DepartmentDataService implements DepartmentData {

    private static final Logger log = LoggerFactory.getLogger(DepartmentDataService.class);
    private static final int MAX_KEY = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DataBatches batches;
    private final BatchLoad load;
    private final DirectLoad direct;
    private final BatchAudit batchAudit;
    private final RatingModels models;
    private final IndicatorCatalog indicators;
    private final Clock clock;

    DepartmentDataService(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                          DataBatches batches, RegistryQueries registry, AuditTrail audit, RatingModels models,
                          IndicatorCatalog indicators, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.batches = batches;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        this.load = new BatchLoad(dataSource, streaming, registry);
        this.direct = new DirectLoad(dataSource, new UnheldEnterprises(registry, streaming),
                DirectLoad.CHUNK);
        this.batchAudit = new BatchAudit(streaming, audit);
        this.models = models;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public DataBatch receive(Actor actor, String batchKey, Department department, List<DeliveredValue> values) {
        check(batchKey, department);
        List<DeliveredValue> delivered = values == null ? List.of() : values;
        return receive(actor, DataBatches.Received.of(actor, batchKey, department, DataBatch.Source.API, null,
                null, BatchKeyReuse.fingerprint(delivered), clock), BatchRows.of(delivered));
    }

    @Override
    public DataBatch receiveFile(Actor actor, String batchKey, Department department, String fileName, Path file) {
        check(batchKey, department);
        try {
            FileFacts facts = FileFacts.of(file);
            return receive(actor, DataBatches.Received.of(actor, batchKey, department, DataBatch.Source.FILE,
                    fileName, facts.sha256(), facts.sha256(), clock), BatchRows.of(fileName, file, facts.utf8()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<DataBatch> history(int limit) {
        return batches.latest(limit);
    }

    private DataBatch receive(Actor actor, DataBatches.Received received, BatchRows rows) {
        var earlier = batches.applied(received.batchKey());
        if (earlier.isPresent()) {
            return again(earlier.get(), received);
        }
        Map<String, Indicator> catalog = catalog();
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("select nextval('rating_data_batch_id_seq')").query(Long.class).single();
        try (ViolationSpool errors = new ViolationSpool(id)) {
            Boolean applied = transaction.execute(status -> {
                long started = System.nanoTime();
                StepTimes times = new StepTimes();
                load.staged().lock();
                Object clean = status.createSavepoint();
                BatchLoad.Loaded loaded = direct.tryLoad(rows, catalog, received.department(), today, id,
                        received.at(), times);
                times.mark("direct");
                int[] written;
                if (loaded != null) {
                    written = new int[] {loaded.rows(), 0};
                    batches.insert(id, received, DataBatch.Status.APPLIED, loaded.rows(), 0, 0, 0);
                } else {
                    status.rollbackToSavepoint(clean);
                    loaded = load.load(rows, catalog, received.department(), today, errors, times);
                    if (errors.count() > 0) {
                        status.setRollbackOnly();
                        return false;
                    }
                    batches.insert(id, received, DataBatch.Status.APPLIED, loaded.rows(), 0, 0, 0);
                    written = load.staged().merge(id, received.at(), loaded.indicators(), times);
                }
                int count = loaded.rows();
                batches.finish(id, count, written[0], written[1]);
                batchAudit.record(id, received, count, written);
                times.mark("record");
                log.info("Department batch {} ({}): {} rows, {} new, {} corrected in {} ms {}", received.batchKey(),
                        received.department(), count, written[0], written[1], (System.nanoTime() - started) / 1_000_000,
                        times);
                return true;
            });
            if (Boolean.TRUE.equals(applied)) {
                return batches.find(id).orElseThrow();
            }
            throw reject(id, received, errors);
        } catch (DuplicateKeyException e) {
            // the same key was applied concurrently: the other delivery won, this one changes nothing
            return again(batches.applied(received.batchKey()).orElseThrow(() -> e), received);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataBatch again(DataBatch earlier, DataBatches.Received received) {
        return BatchKeyReuse.answer(earlier, batches.contentHash(earlier.id()).orElse(null), received, clock.getZone());
    }

    private DataBatchRejectedException reject(long id, DataBatches.Received received, ViolationSpool errors) {
        transaction.executeWithoutResult(s -> {
            batches.insert(id, received, DataBatch.Status.REJECTED, 0, 0, 0, errors.count());
            batches.storeErrors(errors);
        });
        return new DataBatchRejectedException(id, errors.first(), errors.count());
    }

    /**
     * The indicators a department may deliver: the published model's, then any other the platform knows. A model that
     * leaves an indicator out does not make the departments' deliveries of it wrong: the values are kept for the
     * models that use them.
     */
    private Map<String, Indicator> catalog() {
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        models.current().indicators().forEach(i -> catalog.put(i.code(), i));
        indicators.all().forEach(catalog::putIfAbsent);
        return catalog;
    }

    private static void check(String batchKey, Department department) {
        List<Violation> violations = new ArrayList<>();
        if (batchKey == null || batchKey.isBlank()) {
            violations.add(Violation.of("batchKey", "ratingdata.batchKey.missing"));
        } else if (batchKey.strip().length() > MAX_KEY) {
            violations.add(Violation.of("batchKey", "ratingdata.batchKey.tooLong", MAX_KEY));
        }
        if (department == null) {
            violations.add(Violation.of("department", "ratingdata.department.missing"));
        } else if (!DataDepartments.delivers(department)) {
            violations.add(Violation.of("department", "ratingdata.department.notDelivering", department.name()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
