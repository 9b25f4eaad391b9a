package io.kerong.enterprise.internal;

import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.NumberKind;
import io.kerong.shared.NumberWords;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.UnifiedSocialCreditCode;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** What the registry accepts. Every check runs, so the caller learns about all bad fields at once. */
@Component
class InputRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 \\-]{5,19}$");

    private final Clock clock;
    private final AdministrativeDivisions divisions;

    InputRules(Clock clock, AdministrativeDivisions divisions) {
        this.clock = clock;
        this.divisions = divisions;
    }

    static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    List<Violation> uscc(String uscc) {
        UnifiedSocialCreditCode.ValidationResult result = UnifiedSocialCreditCode.validate(uscc, divisions);
        return result.valid() ? List.of() : List.of(Violation.of("uscc", result.messageKey(), result.args()));
    }

    List<Violation> profile(EnterpriseProfile p) {
        List<Violation> v = new ArrayList<>();
        if (p.name() == null) {
            v.add(Violation.of("name", "enterprise.name.required"));
        } else if (p.name().length() > 200) {
            v.add(Violation.of("name", "enterprise.text.tooLong", 200));
        }
        tooLong(v, "legalRepresentative", p.legalRepresentative(), 100);
        tooLong(v, "contactName", p.contactName(), 100);
        if (p.divisionCode() == null) {
            v.add(Violation.of("divisionCode", "enterprise.division.required"));
        } else if (divisions.find(p.divisionCode()).isEmpty()) {
            v.add(Violation.of("divisionCode", "enterprise.division.unknown", p.divisionCode()));
        }
        if (p.foundedOn() != null && p.foundedOn().isAfter(LocalDate.now(clock))) {
            v.add(Violation.of("foundedOn", "enterprise.foundedOn.future"));
        }
        staff(v, p.employees(), p.techStaff());
        if (p.contactPhone() != null && !PHONE.matcher(p.contactPhone()).matches()) {
            v.add(Violation.of("contactPhone", "enterprise.contactPhone.invalid"));
        }
        if (p.contactEmail() != null && !EMAIL.matcher(p.contactEmail()).matches()) {
            v.add(Violation.of("contactEmail", "enterprise.contactEmail.invalid"));
        }
        return v;
    }

    private static void staff(List<Violation> v, Integer employees, Integer techStaff) {
        if (employees != null && employees < 0) {
            v.add(Violation.of("employees", "enterprise.count.negative"));
        }
        if (techStaff != null && techStaff < 0) {
            v.add(Violation.of("techStaff", "enterprise.count.negative"));
        }
        if (employees != null && techStaff != null && techStaff > employees) {
            v.add(Violation.of("techStaff", "enterprise.techStaff.exceedsEmployees", techStaff, employees));
        }
    }

    List<Violation> figures(YearlyFigures f) {
        List<Violation> v = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        if (f.fiscalYear() < 1980 || f.fiscalYear() > thisYear) {
            v.add(Violation.of("fiscalYear", "enterprise.figures.year.range", 1980, thisYear));
        }
        amount(v, "revenue", f.revenue(), false);
        amount(v, "totalCosts", f.totalCosts(), false);
        amount(v, "rdExpense", f.rdExpense(), false);
        amount(v, "totalAssets", f.totalAssets(), false);
        amount(v, "totalLiabilities", f.totalLiabilities(), false);
        amount(v, "netProfit", f.netProfit(), true);
        amount(v, "taxPaid", f.taxPaid(), false);
        amount(v, "highTechRevenue", f.highTechRevenue(), false);
        if (exceeds(f.rdExpense(), f.totalCosts())) {
            v.add(Violation.of("rdExpense", "enterprise.figures.rdExceedsCosts"));
        }
        if (exceeds(f.highTechRevenue(), f.revenue())) {
            v.add(Violation.of("highTechRevenue", "enterprise.figures.highTechExceedsRevenue"));
        }
        return v;
    }

    private static void amount(List<Violation> v, String field, BigDecimal value, boolean mayBeNegative) {
        if (value == null) {
            return;
        }
        if (!mayBeNegative && value.signum() < 0) {
            v.add(Violation.of(field, "enterprise.figures.negative"));
        } else {
            BoundedDecimal.Reading reading = BoundedDecimal.check(field, value, NumberKind.AMOUNT);
            if (!reading.ok()) {
                v.add(NumberWords.of("enterprise.figures.tooLarge", BoundedDecimal.Refusal.INTEGER_DIGITS)
                        .violation(reading));
            }
        }
    }

    private static boolean exceeds(BigDecimal part, BigDecimal whole) {
        return part != null && whole != null && part.compareTo(whole) > 0;
    }

    List<Violation> ipHoldings(IpHoldings holdings) {
        List<Violation> v = new ArrayList<>();
        holdings.quantities().forEach((kind, quantity) -> {
            if (quantity < 0) {
                v.add(Violation.of("ip." + kind.name(), "enterprise.count.negative"));
            }
        });
        return v;
    }

    List<Violation> qualification(Qualification q) {
        List<Violation> v = new ArrayList<>();
        if (q.kind() == null) {
            v.add(Violation.of("kind", "enterprise.qualification.kind.required"));
        }
        if (q.validFrom() == null) {
            v.add(Violation.of("validFrom", "enterprise.qualification.validFrom.required"));
        } else if (q.validUntil() != null && q.validUntil().isBefore(q.validFrom())) {
            v.add(Violation.of("validUntil", "enterprise.qualification.validUntil.beforeFrom"));
        }
        tooLong(v, "certificateNo", q.certificateNo(), 100);
        return v;
    }

    List<Violation> supportListDecision(SupportListAction action, String reason) {
        List<Violation> v = new ArrayList<>();
        if (action == null) {
            v.add(Violation.of("action", "enterprise.support.action.required"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of("reason", "enterprise.support.reason.required"));
        } else {
            tooLong(v, "reason", reason, 1000);
        }
        return v;
    }

    private static void tooLong(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(Violation.of(field, "enterprise.text.tooLong", max));
        }
    }
}
