package io.kerong.enterprise;

import java.time.LocalDate;

/**
 * A qualification with its certificate number and validity (资质证书); {@code validUntil} null means open-ended.
 * {@code id} is null until stored.
 */
public record Qualification(Long id, QualificationKind kind, String certificateNo, LocalDate validFrom,
                            LocalDate validUntil) {

    /** A qualification ending within this many days is shown as expiring. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    public Qualification {
        certificateNo = certificateNo == null || certificateNo.isBlank() ? null : certificateNo.strip();
    }

    public QualificationStatus statusOn(LocalDate day) {
        if (validFrom != null && day.isBefore(validFrom)) {
            return QualificationStatus.NOT_YET_VALID;
        }
        if (validUntil == null) {
            return QualificationStatus.VALID;
        }
        if (day.isAfter(validUntil)) {
            return QualificationStatus.EXPIRED;
        }
        return day.plusDays(EXPIRY_WARNING_DAYS).isAfter(validUntil) ? QualificationStatus.EXPIRING
                : QualificationStatus.VALID;
    }

    public boolean validOn(LocalDate day) {
        return statusOn(day).valid();
    }
}
