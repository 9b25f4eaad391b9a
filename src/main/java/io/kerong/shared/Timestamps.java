package io.kerong.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads {@code timestamptz} columns in the platform's time zone. The PostgreSQL driver hands them back at UTC, which
 * would show Beijing users times eight hours off.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime read(ResultSet rs, String column) throws SQLException {
        return local(rs.getObject(column, OffsetDateTime.class));
    }

    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
