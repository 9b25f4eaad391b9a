package io.kerong.identity.internal;

import io.kerong.shared.UnifiedSocialCreditCode;
import io.kerong.shared.Violation;

/** Checks a 统一社会信用代码 field against GB 32100 and gives it in canonical form (trimmed, capitals). */
final class UsccField {

    private UsccField() {
    }

    /** The canonical code, or null after recording exactly which rule it breaks. */
    static String check(Checks checks, String field, String value) {
        var result = UnifiedSocialCreditCode.validate(value);
        if (!result.valid()) {
            checks.add(Violation.of(field, result.messageKey(), result.args()));
            return null;
        }
        return result.code().orElseThrow().value();
    }
}
