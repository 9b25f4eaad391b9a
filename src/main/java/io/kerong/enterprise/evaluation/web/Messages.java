package io.kerong.enterprise.evaluation.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** Renders message keys of the {@code i18n/evaluation} bundle; a locale without a bundle falls back to Chinese. */
final class Messages {

    private final MessageSource messageSource;

    Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    String render(String key, List<Object> arguments, Locale locale) {
        Object[] args = arguments.toArray();
        try {
            return messageSource.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return messageSource.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
        }
    }
}
