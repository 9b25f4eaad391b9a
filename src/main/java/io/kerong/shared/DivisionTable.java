package io.kerong.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the division CSV ({@code code,name,parentCode,level,status}, lines starting with '#' are comments) and
 * resolves each row's province, city and full name.
 */
final class DivisionTable {

    /**
     * Statistical groupings that are not real cities: districts of municipalities sit under "市辖区" or "县", and
     * county-level cities directly under a province under "省直辖县级行政区划". They are left out of full names.
     */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final String HEADER = "code,name,parentCode,level,status";

    private record Row(String code, String name, Division.Level level, boolean current) {
    }

    private DivisionTable() {
    }

    static Map<String, Division> read(String resource) {
        InputStream in = DivisionTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Division table not found on classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return resolve(parse(reader.lines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Row> parse(Stream<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        int[] lineNumber = {0};
        lines.forEachOrdered(line -> {
            lineNumber[0]++;
            if (!line.isBlank() && !line.startsWith("#") && !line.equals(HEADER)) {
                Row row = parseRow(line, lineNumber[0]);
                rows.put(row.code(), row);
            }
        });
        return rows;
    }

    private static Row parseRow(String line, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != 5 || !fields[0].matches("\\d{6}") || fields[1].isBlank()) {
            throw new IllegalStateException("Malformed division row at line " + lineNumber + ": " + line);
        }
        return new Row(fields[0], fields[1], Division.Level.valueOf(fields[3]), "CURRENT".equals(fields[4]));
    }

    private static Map<String, Division> resolve(Map<String, Row> rows) {
        Map<String, Division> divisions = new HashMap<>();
        for (Row row : rows.values()) {
            Row province = rows.get(row.code().substring(0, 2) + "0000");
            if (province == null) {
                throw new IllegalStateException("Division " + row.code() + " has no province row");
            }
            Row city = row.level() == Division.Level.PROVINCE ? null : rows.get(row.code().substring(0, 4) + "00");
            String cityName = city == null || PLACEHOLDER_NAMES.contains(city.name()) ? null : city.name();
            String ownName = row.level() == Division.Level.COUNTY ? row.name() : null;
            String fullName = Stream.of(province.name(), cityName, ownName)
                    .filter(name -> name != null)
                    .distinct()
                    .collect(Collectors.joining());
            divisions.put(row.code(), new Division(row.code(), row.name(), row.level(), province.name(), cityName,
                    fullName, row.current()));
        }
        return divisions;
    }
}
