package io.kerong.audit.internal;

import io.kerong.audit.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over every stored field of an entry and the hash of the entry before it. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(AuditEntry e) {
        String canonical = String.join("\u001f", String.valueOf(e.id()),
                e.occurredAt().toInstant().toString(),
                String.valueOf(e.actorUserId()), String.valueOf(e.actorName()), String.valueOf(e.actorOrganizationId()),
                e.subjectType(), e.subjectId(), String.valueOf(e.subjectOrganizationId()), e.action(),
                String.valueOf(e.before()), String.valueOf(e.after()), e.previousHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }
}
