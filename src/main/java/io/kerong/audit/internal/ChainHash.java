package io.kerong.audit.internal;

import io.kerong.audit.AuditEntry;

/**
 * The text an entry's hash is computed over: every stored field and the hash of the entry before it. Keyed entries
 * also cover the algorithm's name, so an entry cannot be relabelled; plain SHA-256 entries keep the text they were
 * written with, so that the entries of a database from before the chain was keyed still verify.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);
    private static final String SEPARATOR = "\u001f";

    private ChainHash() {
    }

    static String canonical(AuditEntry e, ChainAlgorithm algorithm) {
        String fields = String.join(SEPARATOR, String.valueOf(e.id()),
                e.occurredAt().toInstant().toString(),
                String.valueOf(e.actorUserId()), String.valueOf(e.actorName()), String.valueOf(e.actorOrganizationId()),
                e.subjectType(), e.subjectId(), String.valueOf(e.subjectOrganizationId()), e.action(),
                String.valueOf(e.before()), String.valueOf(e.after()), e.previousHash());
        return algorithm.keyed() ? algorithm.storedName() + SEPARATOR + fields : fields;
    }

    static String of(AuditEntry e, ChainAlgorithm algorithm, AuditKey key) {
        return key.hash(algorithm, canonical(e, algorithm));
    }
}
