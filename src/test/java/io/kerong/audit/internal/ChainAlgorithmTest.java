package io.kerong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class ChainAlgorithmTest {

    @Test
    void sm3OfAbcIsTheTestVectorOfGbT32905() {
        Sm3 sm3 = new Sm3();
        assertThat(HexFormat.of().formatHex(sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void plainSha256IsTheUnkeyedDigestOfOldEntries() {
        assertThat(ChainAlgorithm.SHA_256.apply(new byte[0], "abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ChainAlgorithm.SHA_256.keyed()).isFalse();
    }

    @Test
    void hmacSha256MatchesRfc4231TestCaseTwo() {
        assertThat(ChainAlgorithm.HMAC_SHA256.apply("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hmacSm3IsTheHmacConstructionOverSm3() {
        byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);
        byte[] message = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        Arrays.fill(inner, (byte) 0x36);
        Arrays.fill(outer, (byte) 0x5c);
        for (int i = 0; i < key.length; i++) {
            inner[i] ^= key[i];
            outer[i] ^= key[i];
        }
        Sm3 sm3 = new Sm3();
        byte[] expected = sm3.digest(concat(outer, sm3.digest(concat(inner, message))));

        assertThat(ChainAlgorithm.HMAC_SM3.apply(key, "what do ya want for nothing?"))
                .isEqualTo(HexFormat.of().formatHex(expected))
                .isNotEqualTo(ChainAlgorithm.HMAC_SM3.apply("Jeff".getBytes(StandardCharsets.US_ASCII),
                        "what do ya want for nothing?"));
    }

    @Test
    void algorithmsAreKnownByTheNameStoredBesideEachEntry() {
        assertThat(ChainAlgorithm.named("HMAC-SM3")).contains(ChainAlgorithm.HMAC_SM3);
        assertThat(ChainAlgorithm.named("hmac-sha256")).contains(ChainAlgorithm.HMAC_SHA256);
        assertThat(ChainAlgorithm.named("MD5")).isEmpty();
        assertThat(ChainAlgorithm.named(null)).isEmpty();
    }

    @Test
    void aKeyTooShortOrAnUnkeyedAlgorithmIsRefused() {
        assertThatThrownBy(() -> new AuditKey(new byte[15], ChainAlgorithm.HMAC_SHA256))
                .hasMessageContaining("at least 16 bytes");
        assertThatThrownBy(() -> new AuditKey(new byte[32], ChainAlgorithm.SHA_256))
                .hasMessageContaining("HMAC-SHA256 or HMAC-SM3");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** BouncyCastle's SM3 digest, as the test's reference. */
    private static final class Sm3 {
        byte[] digest(byte[] input) {
            SM3Digest d = new SM3Digest();
            d.update(input, 0, input.length);
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return out;
        }
    }
}
