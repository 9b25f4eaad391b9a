package io.kerong.shared;

/**
 * One thing wrong with user input: which field (and, for bulk imports, which row and value), and why, as a message key
 * with arguments so that pages and the API show it in the user's language.
 */
public record Violation(String field, String messageKey, Object[] args, Integer row, String value) {

    public Violation {
        args = args == null ? new Object[0] : args.clone();
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, args, null, null);
    }

    public static Violation atRow(int row, String field, String value, String messageKey, Object... args) {
        return new Violation(field, messageKey, args, row, value);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
