package io.kerong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Flyway version ranges of docs/migrations.md true: every migration written after the ranges carries a
 * version in its module's range, and no two migrations claim one version. The ranges are read from the document
 * itself, so the table a developer reads is the one the build checks.
 */
class MigrationRangesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path DOCUMENT = Path.of("docs/migrations.md");
    private static final int LAST_VERSION_BEFORE_RANGES = 117;
    private static final Pattern RANGE_ROW = Pattern.compile("^\\| `([a-z]+)`[^|]*\\| (\\d+)–(\\d+) \\|");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.+\\.sql$");

    /** The evaluation's migrations are the enterprise module's: the evaluation is a part of it. */
    private static final Map<String, String> FOLDER_OF_MODULE_PART = Map.of("evaluation", "enterprise");

    record Range(int first, int last) {
        boolean holds(int version) {
            return version >= first && version <= last;
        }
    }

    record Migration(String folder, String file, int version) {
    }

    @Test
    void everyMigrationAfterTheRangesCarriesAVersionInItsModulesRange() throws IOException {
        Map<String, Range> ranges = documentedRanges();
        List<String> outside = new ArrayList<>();
        for (Migration migration : migrations()) {
            if (migration.version() <= LAST_VERSION_BEFORE_RANGES) {
                continue;
            }
            String module = FOLDER_OF_MODULE_PART.getOrDefault(migration.folder(), migration.folder());
            Range range = ranges.get(module);
            if (range == null || !range.holds(migration.version())) {
                outside.add(migration.folder() + "/" + migration.file() + " (range of " + module + ": " + range + ")");
            }
        }
        assertThat(outside).as("migrations outside their module's range in docs/migrations.md").isEmpty();
    }

    @Test
    void noTwoMigrationsClaimOneVersion() throws IOException {
        Map<Integer, List<String>> byVersion = new TreeMap<>();
        for (Migration migration : migrations()) {
            byVersion.computeIfAbsent(migration.version(), v -> new ArrayList<>())
                    .add(migration.folder() + "/" + migration.file());
        }
        byVersion.values().removeIf(files -> files.size() == 1);
        assertThat(byVersion).as("versions claimed twice").isEmpty();
    }

    @Test
    void theRangesOfTheModulesDoNotOverlap() throws IOException {
        List<Map.Entry<String, Range>> ranges = new ArrayList<>(documentedRanges().entrySet());
        ranges.sort(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.first(), b.first())));
        assertThat(ranges).as("ranges in docs/migrations.md").hasSizeGreaterThan(5);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).getValue().first())
                    .as(ranges.get(i).getKey() + " starts after " + ranges.get(i - 1).getKey() + " ends")
                    .isGreaterThan(ranges.get(i - 1).getValue().last());
        }
    }

    private static Map<String, Range> documentedRanges() throws IOException {
        Map<String, Range> ranges = new HashMap<>();
        for (String line : Files.readAllLines(DOCUMENT)) {
            Matcher row = RANGE_ROW.matcher(line);
            if (row.find()) {
                ranges.put(row.group(1), new Range(Integer.parseInt(row.group(2)), Integer.parseInt(row.group(3))));
            }
        }
        return ranges;
    }

    private static List<Migration> migrations() throws IOException {
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher version = VERSION.matcher(file.getFileName().toString());
                assertThat(version.matches()).as("migration file name " + file).isTrue();
                migrations.add(new Migration(file.getParent().getFileName().toString(),
                        file.getFileName().toString(), Integer.parseInt(version.group(1))));
            }
        }
        assertThat(migrations).as("migrations under " + MIGRATIONS).isNotEmpty();
        return migrations;
    }
}
