package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/** A date in a message reads as the reader's language writes dates, wherever the message is rendered. */
class MessageDateTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final ResourceBundleMessageSource shared = new ResourceBundleMessageSource();

    MessageDateTest() {
        shared.setBasenames("i18n/shared");
        shared.setDefaultEncoding("UTF-8");
        shared.setFallbackToSystemLocale(false);
    }

    @Test
    void aDateReadsInChineseWithYearMonthAndDayAndInEnglishWithTheMonthsName() {
        MessageDate date = MessageDate.of(LocalDate.of(2026, 12, 2));
        assertThat(shared.getMessage(date, ZH)).isEqualTo("2026 年 12 月 2 日");
        assertThat(shared.getMessage(date, EN)).isEqualTo("2 December 2026");
        assertThat(shared.getMessage(MessageDate.of(LocalDate.of(2027, 1, 31)), EN)).isEqualTo("31 January 2027");
    }

    @Test
    void aDateAndTimeReadsToTheMinute() {
        MessageDate time = MessageDate.of(LocalDateTime.of(2026, 12, 2, 15, 4, 59));
        assertThat(shared.getMessage(time, ZH)).isEqualTo("2026 年 12 月 2 日 15:04");
        assertThat(shared.getMessage(time, EN)).isEqualTo("2 December 2026, 15:04");
    }

    @Test
    void asAnArgumentOfAMessageTheDateIsWrittenInThatMessagesLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setParentMessageSource(shared);
        messages.addMessage("seen", ZH, "贵机构曾于 {0} 标注");
        messages.addMessage("seen", EN, "Marked on {0}");
        Object[] args = {MessageDate.of(LocalDate.of(2026, 12, 2))};
        assertThat(messages.getMessage("seen", args, ZH)).isEqualTo("贵机构曾于 2026 年 12 月 2 日 标注");
        assertThat(messages.getMessage("seen", args, EN)).isEqualTo("Marked on 2 December 2026");
        assertThat(args[0]).hasToString("2026-12-02");
    }
}
