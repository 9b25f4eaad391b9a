package io.kerong.rating.internal.report;

/**
 * No such enterprise, or none whose report the caller may see: both look the same, so that enterprise ids reveal
 * nothing to organizations the enterprise has not dealt with.
 */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(long enterpriseId) {
        super("no rating report of enterprise " + enterpriseId + " for the caller");
    }
}
