package io.kerong.enterprise.bulk;

import java.util.Locale;

/**
 * One column of an import file: the Chinese header users see in templates and exports, the English name also accepted,
 * and whether every row must fill it.
 */
record ImportColumn(String chinese, String english, boolean required) {

    static ImportColumn required(String chinese, String english) {
        return new ImportColumn(chinese, english, true);
    }

    static ImportColumn optional(String chinese, String english) {
        return new ImportColumn(chinese, english, false);
    }

    /** True when a header cell names this column, in Chinese or in English (case, spaces and underscores ignored). */
    boolean matches(String header) {
        String h = header.strip();
        return h.equals(chinese) || normalize(h).equals(normalize(english));
    }

    /** The header shown to a reader of the given locale. */
    String header(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
