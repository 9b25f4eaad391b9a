package io.kerong.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/**
 * What the benchmarks share: timing a step, measuring the heap's peak over a step, removing the work folder, and the
 * embedded database's owner.
 */
final class Bench {

    private Bench() {
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /**
     * The embedded database's owner, for what the platform's own role may not do: create the benchmarks' plain tables
     * and {@code analyze} tables it does not own (it would skip them with a warning).
     */
    static DataSource owner(ApplicationContext context) {
        return context.getBean("ownerDataSource", DataSource.class);
    }

    /** Nanoseconds the step took. */
    static long time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    /** The heap pools with their peaks reset after a collection: call before a step, {@link #peak} after it. */
    static List<MemoryPoolMXBean> heapPools() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return heap;
    }

    /** Bytes of heap used at the peak since {@link #heapPools}. */
    static long peak(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Removes the benchmark's files (generated data and database). */
    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
