package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.ViolationSpool;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.List;
import java.util.UUID;

/**
 * An import was rejected and nothing was written. Carries the first {@link ViolationSpool#SHOWN} problems; all of them
 * are stored with the import record and can be downloaded as a report.
 */
public class ImportRejectedException extends InvalidInputException {

    private final UUID batchId;
    private final List<ImportRecord> files;
    private final int totalErrors;

    ImportRejectedException(UUID batchId, List<ImportRecord> files, List<Violation> shown, int totalErrors) {
        super(shown);
        this.batchId = batchId;
        this.files = List.copyOf(files);
        this.totalErrors = totalErrors;
    }

    public UUID batchId() {
        return batchId;
    }

    public List<ImportRecord> files() {
        return files;
    }

    public int totalErrors() {
        return totalErrors;
    }
}
