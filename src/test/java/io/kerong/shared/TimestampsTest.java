package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void aUtcTimestampFromTheDriverIsShownInBeijingTime() {
        OffsetDateTime fromDriver = OffsetDateTime.of(2026, 11, 23, 19, 20, 0, 0, ZoneOffset.UTC);
        OffsetDateTime shown = Timestamps.local(fromDriver);
        assertThat(shown.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(shown.getDayOfMonth()).isEqualTo(24);
        assertThat(shown.getHour()).isEqualTo(3);
        assertThat(shown.toInstant()).isEqualTo(fromDriver.toInstant());
    }
}
