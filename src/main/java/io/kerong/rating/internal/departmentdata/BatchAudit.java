package io.kerong.rating.internal.departmentdata;

import io.kerong.audit.AuditRecord;
import io.kerong.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit entries of an applied batch: one for the batch, and one per corrected value (before and after) with the
 * enterprise as subject. The revisions table keeps every replaced value; the trail names the first
 * {@link #CORRECTIONS_AUDITED} of a batch one by one.
 */
final class BatchAudit {

    static final String SUBJECT_TYPE = "rating-data-batch";
    static final int CORRECTIONS_AUDITED = 1000;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    BatchAudit(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void record(long batchId, DataBatches.Received received, int rows, int[] written) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("batchKey", received.batchKey());
        summary.put("department", received.department().name());
        summary.put("source", received.source().name());
        summary.put("fileName", received.fileName());
        summary.put("sha256", received.sha256());
        summary.put("rows", rows);
        summary.put("inserted", written[0]);
        summary.put("corrected", written[1]);
        audit.record(new AuditRecord(received.actor(), SUBJECT_TYPE, String.valueOf(batchId), null, "receive", null,
                summary));
        if (written[1] > 0) {
            corrections(batchId, received);
        }
    }

    private void corrections(long batchId, DataBatches.Received received) {
        // read first, then record: the trail writes on the same connection
        java.util.List<AuditRecord> entries = jdbc.query("""
                select r.enterprise_id, r.indicator_code, r.period, r.number, r.text, r.batch_id, v.number, v.text
                from rating_indicator_value_revision r
                join rating_indicator_value v using (enterprise_id, indicator_code, period)
                where r.superseded_by = ? order by r.enterprise_id, r.indicator_code, r.period limit ?""",
                (rs, i) -> new AuditRecord(received.actor(), "enterprise",
                        rs.getString(1), null, "rating-value-corrected",
                        value(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getLong(6)),
                        value(rs.getString(2), rs.getString(3), rs.getBigDecimal(7), rs.getString(8), batchId)),
                batchId, CORRECTIONS_AUDITED);
        entries.forEach(audit::record);
    }

    private static Map<String, Object> value(String code, String period, Object number, String text, long batch) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("indicator", code);
        v.put("period", period);
        v.put("value", number != null ? number : text);
        v.put("batchId", batch);
        return v;
    }
}
