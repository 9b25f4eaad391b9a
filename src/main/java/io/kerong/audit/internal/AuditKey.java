package io.kerong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret the chain and its checkpoints are keyed with, held outside the database, and the algorithm new entries
 * use. Whoever can write to the database but does not hold the key cannot recompute a hash that verifies.
 */
final class AuditKey {

    static final int MINIMUM_BYTES = 16;

    private final byte[] secret;
    private final ChainAlgorithm algorithm;

    AuditKey(byte[] secret, ChainAlgorithm algorithm) {
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The audit key must be at least " + MINIMUM_BYTES + " bytes, it has "
                    + secret.length);
        }
        if (!algorithm.keyed()) {
            throw new IllegalStateException("kerong.audit.algorithm must be a keyed algorithm (HMAC-SHA256 or HMAC-SM3)");
        }
        this.secret = secret.clone();
        this.algorithm = algorithm;
    }

    /** The algorithm new entries and checkpoints are written with. */
    ChainAlgorithm algorithm() {
        return algorithm;
    }

    String hash(ChainAlgorithm with, String text) {
        return with.apply(secret, text);
    }

    /** Whether the stored hex value is what {@code with} gives for the text, compared in constant time. */
    boolean matches(ChainAlgorithm with, String text, String storedHex) {
        return storedHex != null && MessageDigest.isEqual(hash(with, text).getBytes(StandardCharsets.US_ASCII),
                storedHex.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
