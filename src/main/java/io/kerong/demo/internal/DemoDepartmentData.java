package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.identity.Actor;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.Period;
import io.kerong.rating.RatingModels;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Department data for the demo (演示部门数据): one batch per delivering department of the published model, covering
 * every demo enterprise, sent through the same service the departments use. About one enterprise in twelve fails a
 * knock-out (失信被执行人, tax grade D, a serious environmental penalty, …); the others score by a quality drawn from
 * their R&D ratio, tech staff and qualifications, so strong innovators with tax grade A end up A and weak ones C.
 */
@Component
class DemoDepartmentData {

    /** The share of enterprises that fail one knock-out rule. */
    static final double KNOCKED_OUT = 0.08;

    private final RatingModels models;
    private final DepartmentData data;

    DemoDepartmentData(RatingModels models, DepartmentData data) {
        this.models = models;
        this.data = data;
    }

    /** An enterprise as the generator sees it: its registry row and how many qualifications it holds. */
    record Profile(SyntheticEnterprise row, int qualifications) {
    }

    void deliver(Actor operator, List<Profile> enterprises, long seed, LocalDate today) {
        DemoDepartmentValues values = new DemoDepartmentValues(models.current(), today);
        Map<Department, List<DeliveredValue>> batches = new EnumMap<>(Department.class);
        for (int i = 0; i < enterprises.size(); i++) {
            Profile p = enterprises.get(i);
            values.forEnterprise(p.row(), p.qualifications(), seed * 31 + i, (department, code, period, value) ->
                    batches.computeIfAbsent(department, d -> new ArrayList<>())
                            .add(new DeliveredValue(p.row().uscc(), code, period, value)));
        }
        batches.forEach((department, list) ->
                data.receive(operator, "DEMO-" + department.name() + "-" + today.getYear(), department, list));
    }

    /** 0 … 1 from the R&D ratio, the tech-staff share and the qualifications, half of it chance. */
    static double quality(Profile p, SplittableRandom random) {
        SyntheticEnterprise.Figures f = p.row().latestFigures();
        double rd = f.revenue().signum() > 0 ? f.rdExpense().doubleValue() / f.revenue().doubleValue() : 0;
        double staff = p.row().employees() > 0 ? (double) p.row().techStaff() / p.row().employees() : 0;
        double profile = Math.min(1, rd / 0.10) * 0.4 + Math.min(1, staff / 0.4) * 0.3
                + Math.min(1, p.qualifications() / 3.0) * 0.3;
        // shifted up: department data of most real applicants is unremarkable-to-good, the registry side varies more
        return Math.max(0, Math.min(1, 0.15 + 0.45 * profile + 0.6 * random.nextDouble()));
    }

    /** The last completed period of the kind: last year, last quarter, last month. */
    static String period(Period kind, LocalDate today) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        return switch (kind) {
            case YEARLY -> String.valueOf(today.getYear() - 1);
            case QUARTERLY -> {
                YearMonth q = YearMonth.from(today).minusMonths(3);
                yield q.getYear() + "Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case MONTHLY -> lastMonth.toString();
        };
    }
}
