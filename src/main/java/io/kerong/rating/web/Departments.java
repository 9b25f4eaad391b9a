package io.kerong.rating.web;

import io.kerong.rating.Department;
import io.kerong.rating.internal.departmentdata.DataDepartments;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;

/** Reads the {@code department} parameter of a delivery; null when absent (the service reports it missing). */
final class Departments {

    private Departments() {
    }

    static Department read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DataDepartments.parse(text).orElseThrow(() ->
                new InvalidInputException(Violation.of("department", "ratingdata.department.unknown", text)));
    }
}
