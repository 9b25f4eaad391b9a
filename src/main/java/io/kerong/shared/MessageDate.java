package io.kerong.shared;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A date or a date and time as a message argument, written as the reader's language writes it: {@code 2026 年 12 月
 * 2 日} and {@code 2026 年 12 月 2 日 15:04} in Chinese, {@code 2 December 2026} and {@code 2 December 2026, 15:04} in
 * English. It is a {@link MessageSourceResolvable}: a message source resolves it with the locale of the message it is
 * an argument of (the patterns are {@code date.long} and {@code date.longTime} of the shared bundle), wherever
 * arguments are rendered (violations, report grounds). Without a message source it reads as ISO text.
 */
public final class MessageDate implements MessageSourceResolvable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final String code;
    private final Object[] arguments;
    private final String iso;

    private MessageDate(String code, Object[] arguments, String iso) {
        this.code = code;
        this.arguments = arguments;
        this.iso = iso;
    }

    /** The day, as {@code 2026 年 12 月 2 日} or {@code 2 December 2026}. */
    public static MessageDate of(LocalDate date) {
        return new MessageDate("date.long", parts(date), date.toString());
    }

    /** The day and the time to the minute, as {@code 2026 年 12 月 2 日 15:04} or {@code 2 December 2026, 15:04}. */
    public static MessageDate of(LocalDateTime time) {
        Object[] day = parts(time.toLocalDate());
        Object[] parts = Arrays.copyOf(day, day.length + 1);
        parts[day.length] = time.format(MINUTES);
        return new MessageDate("date.longTime", parts, time.toLocalDate() + " " + parts[day.length]);
    }

    /** Year as text (a number would be grouped: 2,026), month and day as numbers (the English month is a choice). */
    private static Object[] parts(LocalDate date) {
        return new Object[] {String.valueOf(date.getYear()), date.getMonthValue(), date.getDayOfMonth()};
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return iso;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageDate other && code.equals(other.code) && iso.equals(other.iso);
    }

    @Override
    public int hashCode() {
        return iso.hashCode();
    }

    @Override
    public String toString() {
        return iso;
    }
}
