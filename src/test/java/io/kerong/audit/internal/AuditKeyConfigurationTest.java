package io.kerong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyConfigurationTest {

    private final AuditKeyConfiguration configuration = new AuditKeyConfiguration();

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceBesideTheEmbeddedDataFolderReadableOnlyByItsOwner(@TempDir Path dir)
            throws Exception {
        String dataDir = dir.resolve("pg").toString();
        AuditKey first = configuration.auditKey("", "", dataDir, "HMAC-SHA256");
        AuditKey again = configuration.auditKey("", "", dataDir, "HMAC-SHA256");

        Path file = dir.resolve("audit.key");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(again.hash(ChainAlgorithm.HMAC_SHA256, "x")).isEqualTo(first.hash(ChainAlgorithm.HMAC_SHA256, "x"));
    }

    @Test
    void nodesStartingAtTheSameMomentWithoutAKeyFileEndWithTheSameKey(@TempDir Path dir) throws Exception {
        int nodes = 6;
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes)) {
            for (int round = 0; round < 40; round++) {
                String dataDir = dir.resolve("round-" + round).resolve("pg").toString();
                CyclicBarrier together = new CyclicBarrier(nodes);
                Callable<String> start = () -> {
                    together.await();
                    return configuration.auditKey("", "", dataDir, "HMAC-SHA256").hash(ChainAlgorithm.HMAC_SHA256, "x");
                };
                List<Future<String>> started = pool.invokeAll(java.util.Collections.nCopies(nodes, start));
                List<String> keys = new java.util.ArrayList<>();
                for (Future<String> node : started) {
                    keys.add(node.get());
                }
                assertThat(keys).as("round %d", round).containsOnly(keys.getFirst());
                assertThat(Files.list(dir.resolve("round-" + round))).as("no temporary file left behind")
                        .extracting(p -> p.getFileName().toString()).containsExactly("audit.key");
            }
        }
    }

    @Test
    void aConfiguredKeyComesBeforeAnyFile(@TempDir Path dir) throws Exception {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        AuditKey configured = configuration.auditKey(key, "", dir.resolve("pg").toString(), "HMAC-SM3");

        assertThat(configured.algorithm()).isEqualTo(ChainAlgorithm.HMAC_SM3);
        assertThat(configured.hash(ChainAlgorithm.HMAC_SHA256, "x"))
                .isEqualTo(ChainAlgorithm.HMAC_SHA256.apply("0123456789abcdef0123456789abcdef".getBytes(), "x"));
        assertThat(dir.resolve("audit.key")).doesNotExist();
    }

    @Test
    void aBadKeyAnUnkeyedAlgorithmOrNoKeyAtAllStopsTheStart() {
        assertThatThrownBy(() -> configuration.auditKey("not base64!", "", "", "HMAC-SHA256"))
                .hasMessageContaining("KERONG_AUDIT_KEY").hasMessageContaining("base64");
        assertThatThrownBy(() -> configuration.auditKey("", "", "", "SHA-256"))
                .hasMessageContaining("HMAC-SHA256 or HMAC-SM3");
        assertThatThrownBy(() -> configuration.auditKey("", "", "", "HMAC-SHA256"))
                .hasMessageContaining("No audit key");
    }
}
