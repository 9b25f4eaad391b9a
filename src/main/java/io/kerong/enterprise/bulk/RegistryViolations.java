package io.kerong.enterprise.bulk;

import io.kerong.shared.Violation;
import java.util.List;

/** Places the registry's field violations ({@code foundedOn}, {@code revenue}, ...) on a row and column of the file. */
final class RegistryViolations {

    private RegistryViolations() {
    }

    static void addAtRow(List<Violation> found, HeaderLayout layout, int rowNumber, String[] values, List<Violation> into) {
        boolean usccRejected = found.stream().anyMatch(v -> "uscc".equals(v.field()));
        for (Violation v : found) {
            if (usccRejected && "divisionCode".equals(v.field())) {
                continue; // the division comes from the code, whose own violation already says what is wrong
            }
            int column = layout.columnOf(v.field());
            into.add(Violation.atRow(rowNumber, layout.header(column), values[column], v.messageKey(), v.args()));
        }
    }
}
