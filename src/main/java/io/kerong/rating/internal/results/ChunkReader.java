package io.kerong.rating.internal.results;

import io.kerong.rating.IndicatorData;
import io.kerong.rating.IndicatorData.EnterpriseValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads every enterprise's values on a thread of its own and hands them over in chunks through a short queue, so that
 * reading (mostly PostgreSQL's work) overlaps with scoring and writing on the run's thread, while at most a few chunks
 * are held in memory. {@link #close()} stops the reader if the run ends early.
 */
final class ChunkReader implements AutoCloseable {

    private static final List<EnterpriseValues> END = List.of();

    private final BlockingQueue<List<EnterpriseValues>> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable failure;

    ChunkReader(IndicatorData data, LocalDate asOf, int chunkSize) {
        thread = Thread.ofPlatform().name("rating-run-reader").daemon().unstarted(() -> read(data, asOf, chunkSize));
        thread.start();
    }

    /** The next chunk, or null when every enterprise was read; rethrows a failure of the reader. */
    List<EnterpriseValues> next() throws InterruptedException {
        List<EnterpriseValues> chunk = queue.take();
        if (chunk == END) {
            if (failure != null) {
                throw new IllegalStateException("reading the indicator values failed", failure);
            }
            return null;
        }
        return chunk;
    }

    private void read(IndicatorData data, LocalDate asOf, int chunkSize) {
        try {
            Filling filling = new Filling(chunkSize);
            data.forEachEnterprise(asOf, filling::add);
            if (!filling.chunk.isEmpty()) {
                hand(filling.chunk);
            }
        } catch (Stopped stopped) {
            return;
        } catch (Throwable e) {
            failure = e;
        }
        handEnd();
    }

    /** The chunk being filled on the reader's thread, handed over when full. */
    private final class Filling {
        private final int size;
        private List<EnterpriseValues> chunk;

        Filling(int size) {
            this.size = size;
            this.chunk = new ArrayList<>(size);
        }

        void add(EnterpriseValues values) {
            chunk.add(values);
            if (chunk.size() == size) {
                hand(chunk);
                chunk = new ArrayList<>(size);
            }
        }
    }

    private void hand(List<EnterpriseValues> chunk) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void handEnd() {
        try {
            while (!closed && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the run's thread takes chunks until END or closes the reader
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown inside the reader's callback to leave {@code forEachEnterprise} when the run has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
