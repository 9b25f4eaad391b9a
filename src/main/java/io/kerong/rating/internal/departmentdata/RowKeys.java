package io.kerong.rating.internal.departmentdata;

/**
 * The row keys (credit code, indicator, period) seen so far in a batch, as 64-bit hashes in an open-addressing table:
 * a cheap first answer to "does any key repeat?". A repeated hash means a repeated key or, rarely, two keys with the
 * same hash; either way the exact check in SQL runs and names the rows. Past {@link #MAX_SLOTS} the set stops
 * tracking (its memory stays bounded) and answers "maybe", so the exact check runs too.
 */
final class RowKeys {

    /** 2^24 slots of 8 bytes: 128 MB at most, enough for batches of about twelve million rows. */
    static final int MAX_SLOTS = 1 << 24;
    /** Zero marks a free slot; the one key hashing to zero is stored as this instead. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    private long[] slots;
    private int size;
    private boolean repeated;
    private boolean overflowed;
    private final int maxSlots;

    RowKeys() {
        this(MAX_SLOTS);
    }

    RowKeys(int maxSlots) {
        this.maxSlots = maxSlots;
        this.slots = new long[Math.min(1 << 14, maxSlots)];
    }

    /** Records a row's key. */
    void add(String uscc, String indicator, String period) {
        if (overflowed) {
            return;
        }
        long hash = hash(uscc, indicator, period);
        if (!insert(slots, hash == 0 ? ZERO : hash)) {
            repeated = true;
            return;
        }
        if (++size > slots.length * 3 / 4) {
            grow();
        }
    }

    /** False only when every key recorded was different: the exact duplicate check can be skipped. */
    boolean mayRepeat() {
        return repeated || overflowed;
    }

    private void grow() {
        if (slots.length >= maxSlots) {
            overflowed = true;
            slots = null;
            return;
        }
        long[] larger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                insert(larger, h);
            }
        }
        slots = larger;
    }

    /** Linear probing; false when the hash is already there. */
    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        return true;
    }

    /** FNV-1a over the three fields (with a separator that no field contains), then a final mix of the bits. */
    static long hash(String uscc, String indicator, String period) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, uscc);
        h = fnv(h, indicator);
        h = fnv(h, period);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0xFFFF) * 0x100000001b3L;
    }
}
