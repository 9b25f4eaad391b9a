package io.kerong.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookup of mainland China's administrative divisions (GB/T 2260) down to county level, loaded once from
 * {@code reference/divisions.csv} on the classpath. Immutable and thread-safe; free of Spring so that value types
 * such as {@link UnifiedSocialCreditCode} can use it, and registered as a bean for everyone else.
 */
public final class AdministrativeDivisions {

    static final String RESOURCE = "reference/divisions.csv";

    private final Map<String, Division> byCode;

    AdministrativeDivisions(Map<String, Division> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The bundled table, read on first use and shared afterwards. */
    public static AdministrativeDivisions fromClasspath() {
        return Bundled.TABLE;
    }

    /** The division with this six-digit code, including withdrawn codes (see {@link Division#current()}). */
    public Optional<Division> find(String sixDigitCode) {
        return sixDigitCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(sixDigitCode.strip()));
    }

    public List<Division> provinces() {
        return sorted(byCode.values().stream().filter(d -> d.level() == Division.Level.PROVINCE).toList());
    }

    /** Current divisions one level below the given one: cities of a province, counties of a city. */
    public List<Division> childrenOf(String code) {
        return find(code).map(parent -> sorted(byCode.values().stream()
                .filter(child -> child.current() && isChild(parent, child)).toList())).orElse(List.of());
    }

    public int size() {
        return byCode.size();
    }

    private static boolean isChild(Division parent, Division child) {
        return switch (parent.level()) {
            case PROVINCE -> child.level() == Division.Level.CITY && child.code().startsWith(parent.code().substring(0, 2));
            case CITY -> child.level() == Division.Level.COUNTY && child.code().startsWith(parent.code().substring(0, 4));
            case COUNTY -> false;
        };
    }

    private static List<Division> sorted(List<Division> divisions) {
        return divisions.stream().sorted(Comparator.comparing(Division::code)).toList();
    }

    /** Holder idiom: the table is read when first asked for, exactly once, without locking on later calls. */
    private static final class Bundled {
        static final AdministrativeDivisions TABLE = new AdministrativeDivisions(DivisionTable.read(RESOURCE));
    }
}
