package io.kerong.enterprise;

import java.util.List;

/**
 * One page of the registry list, newest first. {@code nextAfter} is the cursor for the next page (null on the last);
 * {@code total} is exact up to {@link #COUNT_LIMIT}, beyond which {@code totalCapped} is set.
 */
public record EnterprisePage(List<EnterpriseSummary> items, Long nextAfter, long total, boolean totalCapped) {

    public static final int COUNT_LIMIT = 10_000;

    public EnterprisePage {
        items = List.copyOf(items);
    }
}
