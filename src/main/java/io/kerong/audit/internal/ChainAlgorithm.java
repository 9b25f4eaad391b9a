package io.kerong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * How an entry's hash (or a checkpoint's signature) is computed; each entry stores the name of its own. Plain SHA-256
 * is what entries written before the chain was keyed used: anyone with write access to the database can recompute it,
 * so it is only accepted for those old entries, never for new ones.
 */
enum ChainAlgorithm {

    SHA_256("SHA-256", false, SHA256Digest::new),
    HMAC_SHA256("HMAC-SHA256", true, SHA256Digest::new),
    HMAC_SM3("HMAC-SM3", true, SM3Digest::new);

    private final String storedName;
    private final boolean keyed;
    private final Supplier<Digest> digest;

    ChainAlgorithm(String storedName, boolean keyed, Supplier<Digest> digest) {
        this.storedName = storedName;
        this.keyed = keyed;
        this.digest = digest;
    }

    /** The name stored beside each entry and accepted in {@code kerong.audit.algorithm}. */
    String storedName() {
        return storedName;
    }

    boolean keyed() {
        return keyed;
    }

    static Optional<ChainAlgorithm> named(String name) {
        return Arrays.stream(values()).filter(a -> a.storedName.equalsIgnoreCase(String.valueOf(name).trim())).findFirst();
    }

    /** The hex digest (plain) or HMAC (keyed) of the UTF-8 text; the key is ignored by the plain digest. */
    String apply(byte[] key, String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        byte[] out;
        if (keyed) {
            HMac mac = new HMac(digest.get());
            mac.init(new KeyParameter(key));
            mac.update(input, 0, input.length);
            out = new byte[mac.getMacSize()];
            mac.doFinal(out, 0);
        } else {
            Digest d = digest.get();
            d.update(input, 0, input.length);
            out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
        }
        return HexFormat.of().formatHex(out);
    }
}
