package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.DataBatch;
import io.kerong.rating.DeliveredValue;
import io.kerong.shared.ConflictException;
import io.kerong.shared.MessageDate;
import io.kerong.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A batch key that was applied before. Sent again with the same content (the same file, the same values, the same
 * department), it is the retry of a delivery that may have looked lost: answered as already received, nothing changes.
 * Sent with other content, it is a department's mistake that must be visible: refused as a conflict naming the
 * earlier batch, and the new values are not silently dropped.
 */
final class BatchKeyReuse {

    private BatchKeyReuse() {
    }

    /**
     * @param earlierContent the earlier batch's content hash; null for a batch stored before hashes were kept, which
     *                       is taken as the same delivery (as it was then)
     */
    static DataBatch answer(DataBatch earlier, String earlierContent, DataBatches.Received again, ZoneId zone) {
        boolean same = earlier.department() == again.department()
                && (earlierContent == null || Objects.equals(earlierContent, again.contentHash()));
        if (same) {
            return earlier.asAlreadyReceived();
        }
        throw new ConflictException(Violation.of("batchKey", "ratingdata.batchKey.reused", earlier.batchKey(),
                earlier.id(), MessageDate.of(earlier.receivedAt().atZoneSameInstant(zone).toLocalDateTime()),
                earlier.rows()));
    }

    /** The SHA-256 of values sent as JSON, in order, each field length-prefixed so that no two deliveries collide. */
    static String fingerprint(List<DeliveredValue> values) {
        MessageDigest digest = sha256();
        StringBuilder text = new StringBuilder();
        for (DeliveredValue v : values) {
            text.setLength(0);
            for (String field : new String[] {v == null ? null : v.uscc(), v == null ? null : v.indicator(),
                    v == null ? null : v.period(), v == null ? null : v.value()}) {
                text.append(field == null ? "-" : field.length() + ":" + field).append(';');
            }
            digest.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
