package io.kerong.rating;

import java.util.List;
import java.util.Objects;

/**
 * A ground on which an organization sees an enterprise's rating (查看依据), as a {@link ReportGrounds} module grants
 * it: the message key and arguments the rating page and the report show (a date as {@link io.kerong.shared.MessageDate},
 * so that it reads in the reader's language), and how far it reaches. A ground that
 * stands now (the enterprise is pushed and its consent stands) shows every rating; a ground kept for the reader's
 * records (a credit intent it marked) shows only the ratings up to the one the reader saw, never a later one.
 *
 * @param code         the ground as a stable code for the API (such as {@code PUSHED}, {@code INTENT}), beside the
 *                     worded text
 * @param upToRatingId the newest stored rating the ground shows; null for every rating, the latest included
 */
public record ReportGround(String code, String messageKey, List<Object> args, Long upToRatingId) {

    public ReportGround {
        Objects.requireNonNull(code);
        Objects.requireNonNull(messageKey);
        args = List.copyOf(args);
    }

    /** A ground that stands now: every rating, the latest included. */
    public static ReportGround standing(String code, String messageKey, Object... args) {
        return new ReportGround(code, messageKey, List.of(args), null);
    }

    /** A ground that shows the rating the reader saw and the ones before it, nothing later. */
    public static ReportGround upTo(long ratingId, String code, String messageKey, Object... args) {
        return new ReportGround(code, messageKey, List.of(args), ratingId);
    }

    /** True when the ground reaches only up to a rating the reader saw. */
    public boolean limited() {
        return upToRatingId != null;
    }

    /** Whether the ground shows the stored rating with this id (ids grow with time). */
    public boolean shows(long ratingId) {
        return upToRatingId == null || ratingId <= upToRatingId;
    }
}
