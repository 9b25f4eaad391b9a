package io.kerong.rating.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-enterprise locks held until the end of the transaction (PostgreSQL advisory locks), for the check-then-write
 * steps that must not interleave for one enterprise: applying for the push, rating it now. A row lock would not do:
 * the first application or the first rating has no row yet to lock. Locks of one purpose and enterprise queue;
 * other enterprises and purposes do not wait. The two-key form keeps them apart from the single-key locks elsewhere.
 */
@Component
public class EnterpriseLocks {

    /** What the lock guards; its number is the first key. */
    public enum Purpose {
        PUSH_APPLICATION(1), RATING(2);

        private final int key;

        Purpose(int key) {
            this.key = key;
        }
    }

    private final JdbcClient jdbc;

    public EnterpriseLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for and takes the lock; ids beyond the int range fold onto it (two enterprises may then share one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Purpose purpose, long enterpriseId) {
        int folded = (int) (enterpriseId ^ (enterpriseId >>> 32));
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(purpose.key, folded).query((rs, i) -> 1).list();
    }
}
