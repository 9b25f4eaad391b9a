package io.kerong.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the audit key comes from: {@code kerong.audit.key} (base64, env {@code KERONG_AUDIT_KEY}) first; else the key
 * file {@code kerong.audit.key-file}, by default {@code audit.key} beside the embedded database's data folder, created
 * once with a random key (permissions 600) when it does not exist yet. With neither, the platform does not start: an
 * unkeyed chain is what a database administrator could rewrite.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyConfiguration.class);
    private static final int GENERATED_BYTES = 32;

    @Bean
    AuditKey auditKey(@Value("${kerong.audit.key:}") String key, @Value("${kerong.audit.key-file:}") String keyFile,
                      @Value("${kerong.embedded-db.data-dir:}") String embeddedDataDir,
                      @Value("${kerong.audit.algorithm:HMAC-SHA256}") String algorithmName) throws IOException {
        ChainAlgorithm algorithm = ChainAlgorithm.named(algorithmName).filter(ChainAlgorithm::keyed)
                .orElseThrow(() -> new IllegalStateException("kerong.audit.algorithm is '" + algorithmName
                        + "': it must be HMAC-SHA256 or HMAC-SM3"));
        if (StringUtils.hasText(key)) {
            return new AuditKey(decode(key, "kerong.audit.key (KERONG_AUDIT_KEY)"), algorithm);
        }
        Path file = keyFile(keyFile, embeddedDataDir);
        if (file == null) {
            throw new IllegalStateException("No audit key: set kerong.audit.key (KERONG_AUDIT_KEY, base64) "
                    + "or kerong.audit.key-file (KERONG_AUDIT_KEY_FILE)");
        }
        return new AuditKey(readOrCreate(file), algorithm);
    }

    private static Path keyFile(String keyFile, String embeddedDataDir) {
        if (StringUtils.hasText(keyFile)) {
            return Path.of(keyFile).toAbsolutePath();
        }
        if (StringUtils.hasText(embeddedDataDir)) {
            return Path.of(embeddedDataDir).toAbsolutePath().getParent().resolve("audit.key");
        }
        return null;
    }

    private static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        log.info("Audit trail keyed with the key in {}", file);
        return decode(Files.readString(file, StandardCharsets.US_ASCII), "the audit key file " + file);
    }

    /**
     * Writes the key in full to a temporary file in the same folder (permissions 600 from its creation) and only then
     * puts it in place, so another node starting at the same moment never reads a half-written key. Putting it in place
     * is a hard link, which like a rename is atomic but, unlike one, fails when the file exists: the node that loses
     * the race keeps the winner's key instead of replacing it. Where links are not supported, an atomic move.
     */
    private static void create(Path file) throws IOException {
        byte[] secret = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Path temporary = temporaryFile(file);
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            if (putInPlace(temporary, file)) {
                log.warn("Generated a new audit key into {}: keep a copy away from the database; without it the audit "
                        + "chain can no longer be verified", file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporaryFile(Path file) throws IOException {
        try {
            return Files.createTempFile(file.getParent(), ".audit.key-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(file.getParent(), ".audit.key-", ".tmp");
        }
    }

    /** Whether this node's key became the file; false when another node's was there first (that one is used). */
    private static boolean putInPlace(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64", e);
        }
    }
}
