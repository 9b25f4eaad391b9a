package io.kerong.shared;

import java.util.Arrays;

/**
 * A text was rejected as a unified social credit code. Carries the message key ({@code uscc.*} in the shared bundles)
 * and its arguments so that pages and the API can say in the user's language exactly what is wrong.
 */
public class InvalidUnifiedSocialCreditCodeException extends IllegalArgumentException {

    private final String input;
    private final String messageKey;
    private final Object[] args;

    public InvalidUnifiedSocialCreditCodeException(String input, String messageKey, Object... args) {
        super("Invalid unified social credit code '" + input + "': " + messageKey + " " + Arrays.toString(args));
        this.input = input;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The text as given, before trimming. */
    public String input() {
        return input;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
