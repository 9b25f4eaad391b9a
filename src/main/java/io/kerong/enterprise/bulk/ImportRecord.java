package io.kerong.enterprise.bulk;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One imported file as the history shows it (导入记录). */
public record ImportRecord(long id, UUID batchId, ImportKind kind, String fileName, String sha256, String actorName,
                           OffsetDateTime startedAt, OffsetDateTime finishedAt, Status status, int rowsRead,
                           int inserted, int updated, int unchanged, int errorCount) {

    /** RUNNING while the import works; APPLIED when written; REJECTED for bad input (nothing written); FAILED otherwise. */
    public enum Status { RUNNING, APPLIED, REJECTED, FAILED }
}
