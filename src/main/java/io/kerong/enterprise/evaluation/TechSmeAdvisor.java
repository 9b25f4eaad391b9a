package io.kerong.enterprise.evaluation;

import static io.kerong.enterprise.evaluation.TechSmeScoreTables.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Computes the smallest change that lifts each tech-SME indicator to its next band (提升建议).
 * The arithmetic follows reality: a new tech hire also counts as a new employee, and extra R&D expense
 * is itself part of total costs and expenses, so both sides of those ratios grow together.
 */
final class TechSmeAdvisor {

    private static final BigDecimal ONE_FEN = new BigDecimal("0.01");

    List<Advice> advise(TechSmeEvaluationInput input, int rdPoints) {
        List<Advice> advice = new ArrayList<>();
        techStaffAdvice(input).ifPresent(advice::add);
        rdAdvice(input, rdPoints).ifPresent(advice::add);
        advice.addAll(ipAdvice(input));
        return advice;
    }

    /**
     * Hiring x tech staff makes the share (t + x) / (e + x); reaching bound b needs x ≥ (b·e − t) / (1 − b).
     * When that many hires would break the 500-employee limit, reassigning existing staff to R&D
     * (employees unchanged, x ≥ b·e − t) is advised instead.
     */
    private Optional<Advice> techStaffAdvice(TechSmeEvaluationInput input) {
        long staff = input.techStaff();
        long employees = input.employees();
        return TECH_STAFF_SHARE.nextBandAbove(staff, employees).map(band -> {
            BigDecimal bound = band.lowerBound();
            BigDecimal shortfall = bound.multiply(BigDecimal.valueOf(employees)).subtract(BigDecimal.valueOf(staff));
            long hires = Math.max(1, shortfall.divide(BigDecimal.ONE.subtract(bound), 0, RoundingMode.CEILING).longValueExact());
            if (employees + hires <= TechSmeConditions.MAX_EMPLOYEES) {
                return Advice.of("evaluation.techSme.advice.hireTechStaff", hires,
                        TechSmeEvaluation.techStaffPoints(staff + hires, employees + hires));
            }
            long reassigned = shortfall.setScale(0, RoundingMode.CEILING).longValueExact();
            return Advice.of("evaluation.techSme.advice.reassignToRd", reassigned,
                    TechSmeEvaluation.techStaffPoints(staff + reassigned, employees));
        });
    }

    /** The smaller extra R&D expense (rounded up to the fen) of the two bases that reaches more points than now. */
    private Optional<Advice> rdAdvice(TechSmeEvaluationInput input, int rdPoints) {
        BigDecimal rd = input.rdExpense();
        Optional<Advice> onRevenue = RD_TO_REVENUE.lowestBandWhere(points -> points > rdPoints)
                .filter(band -> input.revenue().signum() > 0)
                .map(band -> band.lowerBound().multiply(input.revenue()).subtract(rd).setScale(2, RoundingMode.CEILING).max(ONE_FEN))
                .map(extra -> rdAdvice("evaluation.techSme.advice.rdOnRevenue", input, extra));
        Optional<Advice> onCosts = RD_TO_COSTS.lowestBandWhere(points -> points > rdPoints)
                .filter(band -> input.totalCosts().signum() > 0)
                .map(band -> band.lowerBound().multiply(input.totalCosts()).subtract(rd)
                        .divide(BigDecimal.ONE.subtract(band.lowerBound()), 2, RoundingMode.CEILING).max(ONE_FEN))
                .map(extra -> rdAdvice("evaluation.techSme.advice.rdOnCosts", input, extra));
        return Stream.of(onRevenue, onCosts).flatMap(Optional::stream)
                .min(Comparator.comparing(advice -> (BigDecimal) advice.arguments().getFirst()));
    }

    private static Advice rdAdvice(String key, TechSmeEvaluationInput input, BigDecimal extra) {
        int reached = TechSmeEvaluation.rdPoints(input.rdExpense().add(extra), input.revenue(), input.totalCosts().add(extra));
        return Advice.of(key, extra, reached);
    }

    private List<Advice> ipAdvice(TechSmeEvaluationInput input) {
        if (input.class1Ip() >= 1) {
            return List.of();
        }
        List<Advice> advice = new ArrayList<>();
        int class2 = input.class2Ip();
        CLASS2_IP_COUNT.nextBandAbove(class2, 1).ifPresent(band -> advice.add(
                Advice.of("evaluation.techSme.advice.class2Ip", 1, TechSmeEvaluation.ipPoints(0, class2 + 1))));
        advice.add(Advice.of("evaluation.techSme.advice.class1Ip", 1, CLASS1_IP_POINTS));
        return advice;
    }
}
