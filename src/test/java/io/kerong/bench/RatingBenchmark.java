package io.kerong.bench;

import io.kerong.KerongApplication;
import io.kerong.audit.AuditActor;
import io.kerong.demo.SyntheticDepartmentData;
import io.kerong.demo.SyntheticEnterprises;
import io.kerong.enterprise.bulk.ImportKind;
import io.kerong.enterprise.bulk.ImportUpload;
import io.kerong.enterprise.bulk.RegistryImporter;
import io.kerong.rating.DataBatch;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.Grade;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rating benchmark (issue 3 §7): N generated enterprises registered through the bulk import, their department data
 * (about 95 values each, one long-format CSV per department) timed against PostgreSQL's own COPY of the same files
 * into a plain table, then the full re-rating of every enterprise with the published default model. Prints rows per
 * second of both, ratings per second and the peak heap of each step. Run with {@code bench/rate-enterprises.sh [N]}.
 */
public final class RatingBenchmark {

    private static final String PLAIN_TABLE =
            "create table bench_copy (uscc text, indicator_code text, period text, value text)";

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("kerong-rating-bench-");
        try {
            run(enterprises, work);
        } finally {
            Bench.deleteTree(work);
        }
    }

    private static void run(int enterprises, Path work) throws Exception {
        SyntheticEnterprises generator = new SyntheticEnterprises(20250101L, 2024);
        Path registryCsv = work.resolve("enterprises.csv");
        try (BufferedWriter out = Files.newBufferedWriter(registryCsv, StandardCharsets.UTF_8)) {
            generator.writeCsv(enterprises, out);
        }
        try (ConfigurableApplicationContext context = start(work.resolve("pg"))) {
            DataSource dataSource = context.getBean(DataSource.class);
            long registryNanos = Bench.time(() -> context.getBean(RegistryImporter.class).importFiles(
                    List.of(new ImportUpload(ImportKind.ENTERPRISES, "enterprises.csv", registryCsv)),
                    new AuditActor(null, "benchmark", null)));
            System.out.printf("Registered %,d enterprises in %.1f s%n", enterprises, registryNanos / 1e9);

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Map<Department, Path> files = new EnumMap<>(Department.class);
            long generateNanos = Bench.time(() -> writeDepartmentFiles(context, generator, enterprises, today, work, files));
            long rows = 0;
            for (Path file : files.values()) {
                rows += Files.lines(file).count() - 1;
            }
            System.out.printf("Generated %,d department values in %d files (%,d MB) in %.1f s%n", rows, files.size(),
                    files.values().stream().mapToLong(RatingBenchmark::size).sum() >> 20, generateNanos / 1e9);

            long copyNanos = Bench.time(() -> copy(Bench.owner(context), files));
            System.out.printf("COPY into a plain table: %.1f s%n", copyNanos / 1e9);

            String experiment = System.getenv("BENCH_SQL");
            if (experiment != null) {
                try (Connection c = dataSource.getConnection()) {
                    c.createStatement().execute(experiment);
                }
            }
            DepartmentData data = context.getBean(DepartmentData.class);
            List<MemoryPoolMXBean> heap = Bench.heapPools();
            long importNanos = Bench.time(() -> files.forEach((department, file) -> {
                DataBatch batch = data.receiveFile(null, "BENCH-" + department.name(), department,
                        file.getFileName().toString(), file);
                System.out.printf("  %-22s %,12d values%n", department, batch.rows());
            }));
            long importHeap = Bench.peak(heap);
            System.out.printf("Department data import: %.1f s%n", importNanos / 1e9);

            EnterpriseRatings ratings = context.getBean(EnterpriseRatings.class);
            heap = Bench.heapPools();
            RatingRun[] run = new RatingRun[1];
            long rateNanos = Bench.time(() -> run[0] = ratings.rateAllAsPlatform(today));
            long rateHeap = Bench.peak(heap);
            Map<Grade, Long> grades = ratings.gradeCounts();
            report(enterprises, rows, copyNanos, importNanos, importHeap, rateNanos, rateHeap, run[0], grades);
        }
    }

    private static void writeDepartmentFiles(ConfigurableApplicationContext context, SyntheticEnterprises generator,
                                             int enterprises, LocalDate today, Path work, Map<Department, Path> files)
            throws IOException {
        SyntheticDepartmentData data = new SyntheticDepartmentData(
                context.getBean(RatingModels.class).current(), 20251130L, today);
        List<Writer> open = new ArrayList<>();
        try {
            data.writeCsv(generator, enterprises, department -> {
                Path file = work.resolve("values-" + department.name().toLowerCase() + ".csv");
                files.put(department, file);
                try {
                    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    open.add(writer);
                    return writer;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            for (Writer writer : open) {
                writer.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return new SpringApplicationBuilder(KerongApplication.class)
                .properties("kerong.embedded-db.data-dir=" + dataDir, "kerong.embedded-db.port=0",
                        "kerong.demo.enabled=false", "kerong.rating.nightly.cron=-", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.io.kerong=WARN",
                        "logging.level.io.kerong.rating=INFO")
                // a command-line argument: it outranks application.yml, where the port defaults to 8080
                .run("--server.port=0");
    }

    private static void copy(DataSource dataSource, Map<Department, Path> files) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(PLAIN_TABLE);
            for (Path file : files.values()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("copy bench_copy from stdin (format csv, header true)", reader);
                }
            }
            connection.createStatement().execute("drop table bench_copy");
        }
    }

    private static void report(int enterprises, long rows, long copyNanos, long importNanos, long importHeap,
                               long rateNanos, long rateHeap, RatingRun run, Map<Grade, Long> grades) {
        double copyRate = rows / (copyNanos / 1e9);
        double importRate = rows / (importNanos / 1e9);
        String line = "%-40s %18s%n";
        System.out.println();
        System.out.printf(line, "enterprises", String.format("%,d", enterprises));
        System.out.printf(line, "department values (rows)", String.format("%,d", rows));
        System.out.printf(line, "PostgreSQL COPY, seconds", String.format("%.1f", copyNanos / 1e9));
        System.out.printf(line, "PostgreSQL COPY, rows/s", String.format("%,.0f", copyRate));
        System.out.printf(line, "import, seconds", String.format("%.1f", importNanos / 1e9));
        System.out.printf(line, "import, rows/s", String.format("%,.0f", importRate));
        System.out.printf(line, "ratio import / COPY", String.format("%.2f", importRate / copyRate));
        System.out.printf(line, "import peak heap used, MB", String.format("%,d", importHeap >> 20));
        System.out.printf(line, "re-rating, seconds", String.format("%.1f", rateNanos / 1e9));
        System.out.printf(line, "re-rating, enterprises/s", String.format("%,.0f", run.rated() / (rateNanos / 1e9)));
        System.out.printf(line, "re-rating peak heap used, MB", String.format("%,d", rateHeap >> 20));
        System.out.printf(line, "rated / grade changed", run.rated() + " / " + run.gradeChanged());
        System.out.printf(line, "grades A / B / C / D", grades.get(Grade.A) + " / " + grades.get(Grade.B) + " / "
                + grades.get(Grade.C) + " / " + grades.get(Grade.D));
        System.out.printf(line, "max heap (Runtime.maxMemory), MB", String.format("%,d", Runtime.getRuntime().maxMemory() >> 20));
        System.out.printf(line, "targets", "ratio >= 0.50, >= 20,000/s, heap <= 1 GB");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
