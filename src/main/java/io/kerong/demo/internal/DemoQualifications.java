package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.SupportListAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Qualifications and support-list decisions for a demo enterprise, in the shares a city registry shows: about
 * 60 % registered tech SMEs, 30 % high-tech certificates (some expired), 12 % 专精特新, a few 小巨人, a fifth on the
 * support list. Certificate numbers follow the official layouts (2024510107A0001234, GR202351001234).
 */
final class DemoQualifications {

    record Decision(SupportListAction action, String reason) {
    }

    private static final String[] ADD_REASONS = {"高新技术企业，近三年研发投入占比持续高于5%",
            "科技型中小企业，拥有发明专利，纳入科创贷重点支持", "专精特新企业，处于产业链关键环节",
            "区（市）县科技部门推荐，经联席会议审议通过", "承担市级以上科技计划项目"};
    private static final String[] REMOVE_REASONS = {"高新技术企业资格到期未重新认定", "列入经营异常名录，移出名单",
            "企业迁出本市", "经联席会议复核，不再符合支持条件"};

    private DemoQualifications() {
    }

    static List<Qualification> generate(SplittableRandom random, int index, SyntheticEnterprise row, LocalDate today) {
        List<Qualification> list = new ArrayList<>();
        if (random.nextDouble() < 0.62) {
            list.add(techSme(random, index, row, today.getYear(), today));
            if (random.nextDouble() < 0.3) {
                list.add(techSme(random, index, row, today.getYear() - 1, today));
            }
        }
        if (random.nextDouble() < 0.3) {
            list.add(highTech(random, index, row, today.getYear() - 1 - random.nextInt(4)));
        }
        if (random.nextDouble() < 0.12) {
            LocalDate from = LocalDate.of(today.getYear() - 1 - random.nextInt(3), 6, 1 + random.nextInt(28));
            list.add(new Qualification(null, QualificationKind.SPECIALIZED_NEW, null, from, threeYears(from)));
            if (random.nextDouble() < 0.25) {
                LocalDate giant = LocalDate.of(from.getYear(), 7, 15);
                list.add(new Qualification(null, QualificationKind.LITTLE_GIANT, null, giant, threeYears(giant)));
            }
        }
        return list;
    }

    /** The demo enterprise account: every kind, and a high-tech certificate running out within the warning window. */
    static List<Qualification> showcase(SplittableRandom random, SyntheticEnterprise row, LocalDate today) {
        LocalDate highTechUntil = today.plusDays(45);
        LocalDate specialized = LocalDate.of(today.getYear() - 1, 6, 18);
        return List.of(techSme(random, 0, row, today.getYear(), today),
                new Qualification(null, QualificationKind.HIGH_TECH_ENTERPRISE,
                        highTechNumber(random, row, highTechUntil.minusYears(3).getYear()),
                        highTechUntil.minusYears(3).plusDays(1), highTechUntil),
                new Qualification(null, QualificationKind.SPECIALIZED_NEW, null, specialized, threeYears(specialized)));
    }

    static List<Decision> decisions(SplittableRandom random) {
        if (random.nextDouble() >= 0.22) {
            return List.of();
        }
        Decision added = new Decision(SupportListAction.ADD, ADD_REASONS[random.nextInt(ADD_REASONS.length)]);
        if (random.nextDouble() < 0.15) {
            return List.of(added, removal(random));
        }
        return List.of(added);
    }

    static List<Decision> addedThenRemoved(SplittableRandom random) {
        return List.of(new Decision(SupportListAction.ADD, ADD_REASONS[0]), removal(random));
    }

    static Decision addition(int reason) {
        return new Decision(SupportListAction.ADD, ADD_REASONS[reason % ADD_REASONS.length]);
    }

    private static Decision removal(SplittableRandom random) {
        return new Decision(SupportListAction.REMOVE, REMOVE_REASONS[random.nextInt(REMOVE_REASONS.length)]);
    }

    private static Qualification techSme(SplittableRandom random, int index, SyntheticEnterprise row, int year,
                                         LocalDate today) {
        LocalDate from = LocalDate.of(year, 3 + random.nextInt(4), 1 + random.nextInt(28));
        if (from.isAfter(today)) {
            from = today;
        }
        String number = year + row.divisionCode() + "A" + "%07d".formatted(1000 + index * 37 + random.nextInt(30));
        return new Qualification(null, QualificationKind.TECH_SME, number, from, LocalDate.of(year, 12, 31));
    }

    private static Qualification highTech(SplittableRandom random, int index, SyntheticEnterprise row, int year) {
        LocalDate from = LocalDate.of(year, 10 + random.nextInt(3), 1 + random.nextInt(28));
        return new Qualification(null, QualificationKind.HIGH_TECH_ENTERPRISE, highTechNumber(random, row, year), from,
                threeYears(from));
    }

    private static String highTechNumber(SplittableRandom random, SyntheticEnterprise row, int year) {
        return "GR" + year + row.divisionCode().substring(0, 2) + "%06d".formatted(random.nextInt(1_000_000));
    }

    private static LocalDate threeYears(LocalDate from) {
        return from.plusYears(3).minusDays(1);
    }
}
