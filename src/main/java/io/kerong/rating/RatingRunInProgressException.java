package io.kerong.rating;

/** A re-rating of all enterprises was asked for while another one is still running (one run at a time). */
public class RatingRunInProgressException extends RuntimeException {

    private final long runningId;

    public RatingRunInProgressException(long runningId) {
        super("rating run " + runningId + " is still running");
        this.runningId = runningId;
    }

    public long runningId() {
        return runningId;
    }
}
