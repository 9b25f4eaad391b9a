package io.kerong.rating;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.util.List;

/**
 * A department data batch was rejected and nothing was written. Carries the first problems (at most 1,000); all of
 * them are stored with the batch ({@link #batchId()}) for the downloadable report.
 */
public class DataBatchRejectedException extends InvalidInputException {

    private final long batchId;
    private final int totalErrors;

    public DataBatchRejectedException(long batchId, List<Violation> shown, int totalErrors) {
        super(shown);
        this.batchId = batchId;
        this.totalErrors = totalErrors;
    }

    public long batchId() {
        return batchId;
    }

    public int totalErrors() {
        return totalErrors;
    }
}
