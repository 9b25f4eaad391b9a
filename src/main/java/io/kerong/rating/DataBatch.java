package io.kerong.rating;

import java.time.OffsetDateTime;

/**
 * A department data batch (部门数据批次) as the history shows it. {@code status} APPLIED batches are written; a
 * REJECTED one wrote nothing and keeps its problems for the error report. {@code alreadyReceived} is true on the
 * answer to a batch key that had been applied before (nothing changed then).
 */
public record DataBatch(long id, String batchKey, Department department, Source source, String fileName,
                        String sha256, Status status, int rows, int inserted, int updated, int unchanged,
                        int errorCount, OffsetDateTime receivedAt, String receivedBy, boolean alreadyReceived) {

    public enum Source { FILE, API }

    public enum Status { APPLIED, REJECTED }

    public DataBatch asAlreadyReceived() {
        return new DataBatch(id, batchKey, department, source, fileName, sha256, status, rows, inserted, updated,
                unchanged, errorCount, receivedAt, receivedBy, true);
    }
}
