package io.kerong.enterprise.bulk;

import java.util.List;
import java.util.UUID;

/** What an applied import did, file by file: how many rows were read, inserted, updated and left unchanged. */
public record ImportOutcome(UUID batchId, List<ImportRecord> files) {

    public ImportOutcome {
        files = List.copyOf(files);
    }

    public int inserted() {
        return files.stream().mapToInt(ImportRecord::inserted).sum();
    }

    public int updated() {
        return files.stream().mapToInt(ImportRecord::updated).sum();
    }

    public int unchanged() {
        return files.stream().mapToInt(ImportRecord::unchanged).sum();
    }
}
