package io.kerong.bench;

import io.kerong.KerongApplication;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Department;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.Indicator;
import io.kerong.rating.IndicatorData;
import io.kerong.rating.IndicatorType;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.RatingRun;
import java.io.IOException;
import java.lang.management.MemoryPoolMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-rating benchmark: N enterprises with three years of figures and a value for every indicator a department
 * delivers (written by SQL, received yesterday), on a fresh embedded PostgreSQL; then three runs of
 * {@link EnterpriseRatings#rateAll}: the first rates everybody (every result new), the second finds nothing changed,
 * the third follows new values for 5 % of the enterprises. Prints rates and peak heap.
 * Run with {@code bench/rate-all.sh [enterprises]}.
 */
public final class RatingRunBenchmark {

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("kerong-rating-bench-");
        try (ConfigurableApplicationContext context = start(work.resolve("pg"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            RatingModel model = context.getBean(RatingModels.class).current();
            EnterpriseRatings ratings = context.getBean(EnterpriseRatings.class);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            JdbcClient owner = JdbcClient.create(Bench.owner(context));
            long seeded = Bench.time(() -> seed(jdbc, owner, model, enterprises, today));
            long values = jdbc.sql("select count(*) from rating_indicator_value").query(Long.class).single();
            System.out.printf("Seeded %,d enterprises and %,d indicator values in %.1f s%n", enterprises, values,
                    seeded / 1e9);

            if (System.getenv("BENCH_EXPLAIN") != null) {
                for (String q : System.getenv("BENCH_EXPLAIN").split(";;")) {
                    jdbc.sql("explain (analyze, buffers) " + q).query(String.class).list().forEach(System.out::println);
                }
            }
            IndicatorData data = context.getBean(IndicatorData.class);
            long[] read = new long[1];
            long reading = Bench.time(() -> data.forEachEnterprise(today, each -> read[0] += each.values().size()));
            System.out.printf("%-30s %,9d enterprises, %,d values in %6.1f s = %,8.0f /s%n", "reading the values alone",
                    enterprises, read[0], reading / 1e9, enterprises / (reading / 1e9));
            run("first run (every result new)", ratings, today);
            run("second run (nothing changed)", ratings, today);
            jdbc.sql("""
                    update rating_indicator_value set number = number + 1
                    where enterprise_id % 20 = 0 and indicator_code = 'TAX_PAID'""").update();
            run("third run (5 % changed)", ratings, today);
            System.out.printf("rating_result on disk: %s%n", jdbc.sql(
                    "select pg_size_pretty(pg_total_relation_size('rating_result'))").query(String.class).single());
            System.out.println("target: >= 20,000 enterprises/s on 2 cores, heap <= 1 GB");
        } finally {
            Bench.deleteTree(work);
        }
    }

    private static void run(String label, EnterpriseRatings ratings, LocalDate today) {
        List<MemoryPoolMXBean> heap = Bench.heapPools();
        long start = System.nanoTime();
        RatingRun run = ratings.rateAllAsPlatform(today);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = Bench.peak(heap);
        System.out.printf("%-30s %,9d rated, %,9d unchanged, %,7d grade changed in %6.1f s = %,8.0f /s, "
                        + "peak heap %,d MB of %,d MB%n", label, run.rated(), run.unchanged(), run.gradeChanged(),
                seconds, run.rated() / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Enterprises, three years of figures, and random values in each indicator's scoring range. */
    private static void seed(JdbcClient jdbc, JdbcClient owner, RatingModel model, int enterprises, LocalDate today) {
        jdbc.sql("""
                insert into enterprise (uscc, name, division_code, employees, tech_staff, created_at, updated_at)
                select '91510107' || lpad(g::text, 10, '0'), '基准测试企业' || g, '510107', 50 + g % 200, 10 + g % 40,
                       now(), now()
                from generate_series(1, ?) g""").param(enterprises).update();
        int year = today.getYear() - 1;
        jdbc.sql("""
                insert into enterprise_yearly_figures (enterprise_id, fiscal_year, revenue, total_costs, rd_expense,
                    total_assets, total_liabilities, net_profit, tax_paid, high_tech_revenue)
                select e.id, y, r, r * 0.8, r * (0.01 + (e.id % 9) / 100.0), r * 1.5, r * 0.6, r * 0.1, r * 0.05, r * 0.6
                from enterprise e cross join generate_series(? - 2, ?) y
                cross join lateral (select (10000000 + (e.id % 50) * 400000) * (1 + (y - ? + 2) * 0.1) as r) amounts
                """).params(year, year, year).update();
        long batch = jdbc.sql("""
                insert into rating_data_batch (batch_key, department, source, status, rows, received_at, received_by)
                values ('BENCH', 'TAXATION', 'API', 'APPLIED', 0, now() - interval '1 day', 'benchmark')
                returning id""").query(Long.class).single();
        for (Indicator indicator : model.indicators()) {
            if (indicator.department() == Department.REGISTRY
                    || indicator.department() == Department.INDUSTRY_COMMUNITY) {
                continue;
            }
            String period = period(indicator, today);
            jdbc.sql("""
                    insert into rating_indicator_value (enterprise_id, indicator_code, period, period_end, number,
                        text, batch_id, received_at)
                    select id, ?, ?, ?, %s, %s, ?, now() - interval '1 day' from enterprise""".formatted(
                            number(indicator), text(indicator)))
                    .params(indicator.code(), period, periodEnd(indicator, today), batch).update();
        }
        owner.sql("analyze").update();
    }

    private static String number(Indicator indicator) {
        return switch (indicator.scoring()) {
            case BinScoring bins -> {
                BigDecimal low = bins.bins().getFirst().lower() != null ? bins.bins().getFirst().lower()
                        : bins.bins().getFirst().upper().subtract(BigDecimal.TEN).max(BigDecimal.ZERO);
                BigDecimal high = bins.bins().getLast().upper() != null ? bins.bins().getLast().upper()
                        : bins.bins().getLast().lower().multiply(BigDecimal.TWO).add(BigDecimal.ONE);
                int scale = indicator.type() == IndicatorType.COUNT ? 0 : 2;
                yield "round((%s + random() * %s)::numeric, %d)".formatted(low.toPlainString(),
                        high.subtract(low).toPlainString(), scale);
            }
            // rare: most enterprises are not on a dishonesty list
            case BooleanScoring flag -> "(random() < 0.01)::int";
            case CategoryScoring categories -> "null";
        };
    }

    private static String text(Indicator indicator) {
        if (indicator.scoring() instanceof CategoryScoring categories) {
            List<String> codes = new ArrayList<>(categories.bestFirst().subList(0,
                    Math.min(3, categories.bestFirst().size())));
            return "(array['" + String.join("','", codes) + "'])[1 + floor(random() * " + codes.size() + ")::int]";
        }
        return "null";
    }

    private static String period(Indicator indicator, LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return switch (indicator.period()) {
            case YEARLY -> String.valueOf(today.getYear() - 1);
            case QUARTERLY -> {
                YearMonth q = YearMonth.from(today).minusMonths(3);
                yield q.getYear() + "Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case MONTHLY -> last.toString();
        };
    }

    private static LocalDate periodEnd(Indicator indicator, LocalDate today) {
        return switch (indicator.period()) {
            case YEARLY -> LocalDate.of(today.getYear() - 1, 12, 31);
            case QUARTERLY -> {
                YearMonth q = YearMonth.from(today).minusMonths(3);
                yield YearMonth.of(q.getYear(), ((q.getMonthValue() - 1) / 3 + 1) * 3).atEndOfMonth();
            }
            case MONTHLY -> YearMonth.from(today).minusMonths(1).atEndOfMonth();
        };
    }

    private static ConfigurableApplicationContext start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return new SpringApplicationBuilder(KerongApplication.class)
                .properties("kerong.embedded-db.data-dir=" + dataDir, "kerong.embedded-db.port=0",
                        "kerong.demo.enabled=false", "kerong.rating.nightly.cron=-", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.io.kerong=WARN",
                        "logging.level.io.kerong.rating.internal.results=INFO")
                // a command-line argument: it outranks application.yml, where the port defaults to 8080
                .run("--server.port=0");
    }
}
