package io.kerong.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Serializes appends and checkpoints across all application nodes so the chain stays a single line. */
@Component
class ChainLock {

    private static final long CHAIN_LOCK = 0x4B4552_4155444954L;

    private final JdbcClient jdbc;

    ChainLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the current transaction ends. */
    void hold() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, i) -> 1).list();
    }
}
