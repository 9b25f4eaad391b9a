package io.kerong.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The unkeyed hash of the audit chain before it was keyed (plain SHA-256 over the fields), written out here as the
 * platform computed it then: what anyone with write access to the database can recompute.
 */
final class LegacyChainHash {

    private LegacyChainHash() {
    }

    static String of(AuditEntry e, String after) {
        String canonical = String.join("\u001f", String.valueOf(e.id()), e.occurredAt().toInstant().toString(),
                String.valueOf(e.actorUserId()), String.valueOf(e.actorName()), String.valueOf(e.actorOrganizationId()),
                e.subjectType(), e.subjectId(), String.valueOf(e.subjectOrganizationId()), e.action(),
                String.valueOf(e.before()), String.valueOf(after), e.previousHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
