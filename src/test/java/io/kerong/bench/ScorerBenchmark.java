package io.kerong.bench;

import io.kerong.rating.IndicatorValue;
import io.kerong.rating.RatingModel;
import io.kerong.rating.Scorer;
import io.kerong.rating.SyntheticValues;
import io.kerong.rating.internal.ModelJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores synthetic enterprises with the default model, in full (total, dimensions, grade, knock-outs, reasons,
 * completeness): {@code bench/score-ratings.sh [ratings]} (default 1,000,000). A pool of 20,000 distinct value sets
 * (about 88 values each, values near the bin edges) is cycled so that memory holds the inputs of a realistic batch, not
 * a million maps. Prints ratings per second on one thread and on every core, the grade spread and the peak heap.
 */
public final class ScorerBenchmark {

    private static final int POOL = 20_000;

    public static void main(String[] args) throws Exception {
        int ratings = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        RatingModel model = new ModelJson().defaultModel();
        Scorer scorer = new Scorer();
        List<Map<String, IndicatorValue>> pool = new ArrayList<>(POOL);
        Random random = new Random(42);
        for (int i = 0; i < POOL; i++) {
            pool.add(SyntheticValues.random(model, random));
        }
        System.out.printf("model: %d indicators, %d knock-outs; pool of %d value sets%n", model.indicators().size(),
                model.knockOuts().size(), POOL);
        run(scorer, model, pool, 200_000, 1, "warm-up");
        run(scorer, model, pool, ratings, 1, "1 thread");
        int cores = Runtime.getRuntime().availableProcessors();
        run(scorer, model, pool, ratings, cores, cores + " threads");
        long liftStart = System.nanoTime();
        int lifts = 20_000;
        for (int i = 0; i < lifts; i++) {
            scorer.liftOneGrade(model, pool.get(i % POOL));
        }
        System.out.printf("liftOneGrade: %,.0f enterprises/s (1 thread)%n", lifts / seconds(liftStart));
        System.out.printf("peak heap used: %d MB%n", peakHeapMegabytes());
    }

    private static void run(Scorer scorer, RatingModel model, List<Map<String, IndicatorValue>> pool, int ratings,
                            int threads, String label) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Map<io.kerong.rating.Grade, Integer>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            parts.add(executor.submit(() -> {
                Map<io.kerong.rating.Grade, Integer> grades = new EnumMap<>(io.kerong.rating.Grade.class);
                for (int i = from; i < ratings; i += threads) {
                    grades.merge(scorer.score(model, pool.get(i % POOL)).grade(), 1, Integer::sum);
                }
                return grades;
            }));
        }
        Map<io.kerong.rating.Grade, Integer> grades = new EnumMap<>(io.kerong.rating.Grade.class);
        for (Future<Map<io.kerong.rating.Grade, Integer>> part : parts) {
            part.get().forEach((grade, count) -> grades.merge(grade, count, Integer::sum));
        }
        double elapsed = seconds(start);
        executor.shutdown();
        System.out.printf("%-9s %,d ratings in %.2f s: %,.0f ratings/s; grades %s%n", label, ratings, elapsed,
                ratings / elapsed, grades);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeapMegabytes() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
