package io.kerong.bench;

import io.kerong.KerongApplication;
import io.kerong.audit.AuditActor;
import io.kerong.demo.SyntheticEnterprises;
import io.kerong.enterprise.bulk.ImportKind;
import io.kerong.enterprise.bulk.ImportOutcome;
import io.kerong.enterprise.bulk.ImportUpload;
import io.kerong.enterprise.bulk.RegistryImporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk import benchmark: generates N enterprises as the import CSV, starts the platform on a fresh embedded
 * PostgreSQL, times PostgreSQL's own COPY of the file into a plain table with the same columns, then the real import
 * (validation, staging, merge, audit) of the same file, and prints both rates and the import's peak heap.
 * Run with {@code bench/import-enterprises.sh [rows]}.
 */
public final class ImportBenchmark {

    private static final String PLAIN_TABLE = """
            create table bench_copy (uscc text, name text, legal_representative text, founded_on date,
                industry_section text, high_tech_field text, employees integer, tech_staff integer, contact_name text,
                contact_phone text, contact_email text)""";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("kerong-bench-");
        Path csv = work.resolve("enterprises.csv");
        long generated = Bench.time(() -> generate(csv, rows));
        System.out.printf("Generated %,d rows (%,d MB) in %.1f s: %s%n", rows, Files.size(csv) >> 20, generated / 1e9, csv);

        try (ConfigurableApplicationContext context = start(work.resolve("pg"))) {
            DataSource dataSource = context.getBean(DataSource.class);
            RegistryImporter importer = context.getBean(RegistryImporter.class);
            long copyNanos = Bench.time(() -> copy(Bench.owner(context), csv));
            String experiment = System.getenv("BENCH_SQL");
            if (experiment != null) {
                try (Connection c = dataSource.getConnection()) {
                    c.createStatement().execute(experiment);
                }
            }
            List<MemoryPoolMXBean> heap = Bench.heapPools();
            ImportOutcome[] outcome = new ImportOutcome[1];
            long importNanos = Bench.time(() -> outcome[0] = importer.importFiles(
                    List.of(new ImportUpload(ImportKind.ENTERPRISES, "enterprises.csv", csv)),
                    new AuditActor(null, "benchmark", null)));
            long peak = Bench.peak(heap);
            report(rows, copyNanos, importNanos, peak, outcome[0]);
        } finally {
            Bench.deleteTree(work);
        }
    }

    private static void generate(Path csv, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            new SyntheticEnterprises(20250101L, 2024).writeCsv(rows, out);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return new SpringApplicationBuilder(KerongApplication.class)
                .properties("kerong.embedded-db.data-dir=" + dataDir, "kerong.embedded-db.port=0",
                        "kerong.demo.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.io.kerong=WARN",
                        "logging.level.io.kerong.enterprise.bulk=INFO")
                // a command-line argument: it outranks application.yml, where the port defaults to 8080
                .run("--server.port=0");
    }

    private static void copy(DataSource dataSource, Path csv) throws Exception {
        try (Connection connection = dataSource.getConnection();
             Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            connection.createStatement().execute(PLAIN_TABLE);
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy from stdin (format csv, header true)", reader);
        }
    }

    private static void report(int rows, long copyNanos, long importNanos, long peakHeap, ImportOutcome outcome) {
        double copyRate = rows / (copyNanos / 1e9);
        double importRate = rows / (importNanos / 1e9);
        long mb = 1 << 20;
        String line = "%-34s %16s%n";
        System.out.println();
        System.out.printf(line, "rows", String.format("%,d", rows));
        System.out.printf(line, "PostgreSQL COPY, seconds", String.format("%.2f", copyNanos / 1e9));
        System.out.printf(line, "PostgreSQL COPY, rows/s", String.format("%,.0f", copyRate));
        System.out.printf(line, "import, seconds", String.format("%.2f", importNanos / 1e9));
        System.out.printf(line, "import, rows/s", String.format("%,.0f", importRate));
        System.out.printf(line, "ratio import / COPY", String.format("%.2f", importRate / copyRate));
        System.out.printf(line, "import peak heap used, MB", String.format("%,d", peakHeap / mb));
        System.out.printf(line, "max heap (Runtime.maxMemory), MB", String.format("%,d", Runtime.getRuntime().maxMemory() / mb));
        System.out.printf(line, "inserted / updated / unchanged",
                outcome.inserted() + " / " + outcome.updated() + " / " + outcome.unchanged());
        System.out.printf(line, "target", "ratio >= 0.50, peak heap <= 512 MB");
    }

}
