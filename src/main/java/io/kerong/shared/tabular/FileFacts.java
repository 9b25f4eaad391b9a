package io.kerong.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What one pass over an uploaded file tells: its SHA-256 (for the audit trail) and whether it is valid UTF-8. */
public record FileFacts(String sha256, boolean utf8) {

    public static FileFacts of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        boolean utf8 = true;
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                digest.update(in.array(), in.position(), n);
                in.position(in.position() + n);
                if (utf8) {
                    in.flip();
                    utf8 = decode(decoder, in, out, false);
                    in.compact();
                } else {
                    in.clear();
                }
            }
            if (utf8) {
                in.flip();
                utf8 = decode(decoder, in, out, true) && !decoder.flush(out).isError();
            }
        }
        return new FileFacts(HexFormat.of().formatHex(digest.digest()), utf8);
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(in, out, end);
            out.clear();
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
