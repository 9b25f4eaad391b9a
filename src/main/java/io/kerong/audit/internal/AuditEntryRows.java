package io.kerong.audit.internal;

import io.kerong.audit.AuditEntry;
import io.kerong.shared.Timestamps;
import org.springframework.jdbc.core.RowMapper;

/** Reads an {@code audit_entry} row. */
final class AuditEntryRows {

    static final RowMapper<AuditEntry> ROWS = (rs, i) -> new AuditEntry(rs.getLong("id"),
            Timestamps.read(rs, "occurred_at"), (Long) rs.getObject("actor_user_id"),
            rs.getString("actor_name"), (Long) rs.getObject("actor_org_id"), rs.getString("subject_type"),
            rs.getString("subject_id"), (Long) rs.getObject("subject_org_id"), rs.getString("action"),
            rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"),
            rs.getString("algorithm"));

    private AuditEntryRows() {
    }
}
