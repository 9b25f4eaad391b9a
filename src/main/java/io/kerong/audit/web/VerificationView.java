package io.kerong.audit.web;

import io.kerong.audit.AuditCheckpoint;
import io.kerong.audit.ChainFinding;
import io.kerong.audit.ChainVerification;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The verification as the API answers it: each finding with its code and its text in the caller's language. */
record VerificationView(boolean intact, long entriesChecked, Long lastEntryId, AuditCheckpoint checkpoint,
                        String summary, List<FindingView> findings) {

    record FindingView(String code, Long entryId, Long checkpointId, String message) {
    }

    static VerificationView of(ChainVerification v, MessageSource messages, Locale locale) {
        List<FindingView> findings = v.findings().stream().map(f -> new FindingView(f.code(), f.entryId(),
                f.checkpointId(), text(messages, locale, f))).toList();
        String summary = v.intact()
                ? messages.getMessage("audit.chain.intact", new Object[] {String.valueOf(v.entriesChecked())}, locale)
                : messages.getMessage("audit.chain.broken", new Object[] {String.valueOf(findings.size())}, locale);
        return new VerificationView(v.intact(), v.entriesChecked(), v.lastEntryId(), v.checkpoint(), summary, findings);
    }

    static String text(MessageSource messages, Locale locale, ChainFinding f) {
        return messages.getMessage(f.code(), f.arguments().toArray(), locale);
    }
}
