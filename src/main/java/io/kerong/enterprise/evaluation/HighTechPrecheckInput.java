package io.kerong.enterprise.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the high-tech enterprise pre-check (高新技术企业认定 定量预检) needs: registration, staff and
 * the figures of up to the last three fiscal years (sorted oldest first here, whatever the given order).
 */
public record HighTechPrecheckInput(LocalDate registrationDate, LocalDate assessmentDate, int employees, int techStaff,
                                    List<FiscalYearFigures> years) {

    public static final int MAX_YEARS = 3;

    public HighTechPrecheckInput {
        Objects.requireNonNull(registrationDate, "registrationDate");
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        if (employees < 0 || techStaff < 0 || techStaff > employees) {
            throw new IllegalArgumentException("need 0 ≤ techStaff ≤ employees");
        }
        years = years.stream().sorted(Comparator.comparingInt(FiscalYearFigures::fiscalYear)).toList();
        if (years.isEmpty() || years.size() > MAX_YEARS) {
            throw new IllegalArgumentException("need figures for 1 to " + MAX_YEARS + " fiscal years");
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).fiscalYear() != years.get(i - 1).fiscalYear() + 1) {
                throw new IllegalArgumentException("fiscal years must be consecutive");
            }
        }
    }

    public FiscalYearFigures latestYear() {
        return years.getLast();
    }
}
