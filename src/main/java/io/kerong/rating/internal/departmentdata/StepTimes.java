package io.kerong.rating.internal.departmentdata;

import java.util.StringJoiner;

/** How long each step of a batch took, for the log line of the batch: where an import's time goes. */
final class StepTimes {

    private final StringJoiner steps = new StringJoiner(", ", "(", ")");
    private long last = System.nanoTime();

    /** Ends the step running since the previous mark. */
    void mark(String step) {
        long now = System.nanoTime();
        steps.add(step + " " + (now - last) / 1_000_000);
        last = now;
    }

    /** Notes a part of the running step that was timed on its own. */
    void part(String step, long nanos) {
        steps.add(step + " " + nanos / 1_000_000);
    }

    @Override
    public String toString() {
        return steps.toString();
    }
}
