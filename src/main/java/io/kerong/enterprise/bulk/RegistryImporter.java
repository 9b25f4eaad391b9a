package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.FileFacts;
import io.kerong.shared.tabular.ViolationSpool;
import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import into the enterprise registry (企业库批量导入). Files uploaded together (enterprises, their yearly
 * figures, or both) are validated in full and applied in one transaction, or not at all: every row is checked as it
 * streams into a staging table, then whole-file checks run in SQL, and only a clean batch is merged. Re-importing the
 * same file changes nothing.
 */
@Service
public class RegistryImporter {

    private static final Logger log = LoggerFactory.getLogger(RegistryImporter.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ImportHistory history;
    private final AuditTrail audit;
    private final FileLoader loader;
    private final Clock clock;

    RegistryImporter(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                     ImportHistory history, AuditTrail audit, EnterpriseRegistry registry,
                     AdministrativeDivisions divisions, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.transaction = new TransactionTemplate(transactions);
        this.history = history;
        this.audit = audit;
        this.loader = new FileLoader(registry, divisions);
        this.clock = clock;
    }

    /**
     * Imports the files as one batch.
     *
     * @throws ImportRejectedException when any row of any file is invalid; nothing is written then
     */
    public ImportOutcome importFiles(List<ImportUpload> uploads, AuditActor actor) {
        List<ImportUpload> ordered = uploads.stream().sorted(Comparator.comparing(ImportUpload::kind)).toList();
        UUID batch = UUID.randomUUID();
        List<FileRun> runs = new ArrayList<>();
        try {
            for (ImportUpload upload : ordered) {
                FileFacts facts = FileFacts.of(upload.file());
                long id = transaction.execute(s -> history.start(batch, upload.kind(), upload.fileName(), facts.sha256(), actor));
                runs.add(new FileRun(id, upload, facts, new ViolationSpool(id)));
            }
            Boolean applied = transaction.execute(status -> {
                boolean clean = apply(runs, actor);
                if (!clean) {
                    status.setRollbackOnly();
                }
                return clean;
            });
            if (Boolean.TRUE.equals(applied)) {
                return new ImportOutcome(batch, history.batch(batch));
            }
            throw reject(batch, runs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!(e instanceof ImportRejectedException)) {
                markFailed(runs);
            }
            throw e;
        } finally {
            runs.forEach(FileRun::close);
        }
    }

    /** Loads, checks and (when clean) merges every file in the current transaction; false when any problem was found. */
    private boolean apply(List<FileRun> runs, AuditActor actor) {
        long started = System.nanoTime();
        StagingTables.create(jdbc);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            for (FileRun run : runs) {
                run.loaded = loader.load(run.upload, run.facts.utf8(), connection, run.errors);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the import", e);
        }
        long loaded = System.nanoTime();
        StagingTables.analyze(jdbc);
        StagedChecks checks = new StagedChecks(streaming);
        for (FileRun run : runs) {
            if (run.loaded.layout() != null && run.upload.kind() == ImportKind.ENTERPRISES) {
                checks.enterprises(run.loaded.layout(), run.errors::add);
            } else if (run.loaded.layout() != null) {
                checks.figures(run.loaded.layout(), run.errors::add);
            }
        }
        long checked = System.nanoTime();
        if (runs.stream().anyMatch(run -> run.errors.count() > 0)) {
            return false;
        }
        merge(runs, actor);
        log.info("Import of {} file(s): staged in {} ms, checked in {} ms, merged in {} ms", runs.size(),
                (loaded - started) / 1_000_000, (checked - loaded) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        return true;
    }

    private void merge(List<FileRun> runs, AuditActor actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RegistryMerge merge = new RegistryMerge(streaming, audit, actor);
        for (FileRun run : runs) {
            int[] counts = run.upload.kind() == ImportKind.ENTERPRISES ? merge.enterprises(now) : merge.figures(now);
            int rows = run.loaded.rows();
            int unchanged = rows - counts[0] - counts[1];
            history.finish(run.id, ImportRecord.Status.APPLIED, rows, counts[0], counts[1], unchanged, 0);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("kind", run.upload.kind().name());
            summary.put("fileName", run.upload.fileName());
            summary.put("sha256", run.facts.sha256());
            summary.put("rows", rows);
            summary.put("inserted", counts[0]);
            summary.put("updated", counts[1]);
            summary.put("unchanged", unchanged);
            audit.record(new AuditRecord(actor, "enterprise-import", String.valueOf(run.id), null, "import", null, summary));
        }
    }

    private ImportRejectedException reject(UUID batch, List<FileRun> runs) {
        transaction.executeWithoutResult(s -> runs.forEach(run -> {
            history.finish(run.id, ImportRecord.Status.REJECTED, run.loaded == null ? 0 : run.loaded.rows(), 0, 0, 0,
                    run.errors.count());
            history.storeErrors(run.errors);
        }));
        List<Violation> shown = new ArrayList<>();
        int total = 0;
        for (FileRun run : runs) {
            total += run.errors.count();
            run.errors.first().stream().limit(ViolationSpool.SHOWN - shown.size()).forEach(shown::add);
        }
        return new ImportRejectedException(batch, history.batch(batch), shown, total);
    }

    private void markFailed(List<FileRun> runs) {
        transaction.executeWithoutResult(s -> runs.forEach(run ->
                history.finish(run.id, ImportRecord.Status.FAILED, 0, 0, 0, 0, 0)));
    }

    /** One file of the batch on its way through the import. */
    private static final class FileRun {
        final long id;
        final ImportUpload upload;
        final FileFacts facts;
        final ViolationSpool errors;
        FileLoader.Loaded loaded;

        FileRun(long id, ImportUpload upload, FileFacts facts, ViolationSpool errors) {
            this.id = id;
            this.upload = upload;
            this.facts = facts;
            this.errors = errors;
        }

        void close() {
            try {
                errors.close();
            } catch (IOException e) {
                // a spool file left in the temp folder is harmless
            }
        }
    }
}
