package io.kerong.audit.internal;

/**
 * The entries of the old, unkeyed format (plain SHA-256) at the start of the chain: how many, and the last one's id
 * (null when there are none). Only these may be unkeyed; it is fixed when the keyed chain begins.
 */
record LegacyPrefix(long count, Long lastEntryId) {

    /** No old entries proven: every unkeyed entry is refused. */
    static final LegacyPrefix NONE = new LegacyPrefix(0, null);

    boolean covers(long entryId) {
        return lastEntryId != null && entryId <= lastEntryId;
    }
}
