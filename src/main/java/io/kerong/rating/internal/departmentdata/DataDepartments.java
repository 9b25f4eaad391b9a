package io.kerong.rating.internal.departmentdata;

import io.kerong.rating.Department;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The departments that deliver data batches: all but the registry and the industry community, whose values the platform derives. */
public final class DataDepartments {

    private DataDepartments() {
    }

    public static boolean delivers(Department department) {
        return department != Department.REGISTRY && department != Department.INDUSTRY_COMMUNITY;
    }

    public static List<Department> delivering() {
        return Arrays.stream(Department.values()).filter(DataDepartments::delivers).toList();
    }

    /** Reads {@code TAXATION} or {@code taxation}; empty for anything else. */
    public static Optional<Department> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Department.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
