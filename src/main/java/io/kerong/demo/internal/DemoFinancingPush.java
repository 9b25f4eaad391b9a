package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.identity.Actor;
import io.kerong.rating.CreditIntents;
import io.kerong.rating.EndorsementDecision;
import io.kerong.rating.FinancingApplications;
import io.kerong.rating.FinancingApplications.IndustryCommunity;
import io.kerong.rating.Grade;
import io.kerong.rating.PushApplication;
import io.kerong.rating.PushApplicationForm;
import io.kerong.rating.PushList;
import io.kerong.rating.PushListEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo financing push (演示增信推送), through the same services the users call: most demo enterprises apply to the
 * community of their city (the registered ones themselves, the others filed by the operator after an offline consent),
 * the communities endorse most, reject some with a reason and leave some waiting; once grades exist the push list
 * follows them, and the demo banks mark credit intents within the credit lines, mostly on enterprises of their region.
 */
@Component
class DemoFinancingPush {

    /** Shares that make a funnel shaped like Shandong's first round (835 → 562 → 112). */
    static final double APPLY = 0.8;
    static final double LEFT_WAITING = 0.12;
    /** The demo account "community" keeps more waiting, so that a new user finds applications to review. */
    static final double LEFT_WAITING_FOR_THE_DEMO_ACCOUNT = 0.4;
    static final double WITHDRAWN = 0.03;

    private final FinancingApplications applications;
    private final PushList pushList;
    private final CreditIntents intents;

    DemoFinancingPush(FinancingApplications applications, PushList pushList, CreditIntents intents) {
        this.applications = applications;
        this.pushList = pushList;
        this.intents = intents;
    }

    /** A demo enterprise that may apply: its registry id, generated row, qualifications and own admin (or null). */
    record Applicant(long enterpriseId, SyntheticEnterprise row, int qualifications, Actor actor) {
    }

    /** Applications and the communities' decisions; {@code communities} are the community admins by organization id. */
    void applyAndReview(Actor operator, List<Applicant> applicants, Map<Long, Actor> communities, long seed) {
        Map<String, Long> byName = applications.communities().stream()
                .collect(Collectors.toMap(IndustryCommunity::name, IndustryCommunity::id));
        for (int i = 0; i < applicants.size(); i++) {
            Applicant a = applicants.get(i);
            SplittableRandom random = new SplittableRandom(seed * 17 + i);
            if (!applies(i, random)) {
                continue;
            }
            long community = byName.get(DemoCatalog.communityFor(a.row(), random));
            Actor filer = a.actor() != null ? a.actor() : operator;
            PushApplication application = applications.apply(filer,
                    new PushApplicationForm(a.actor() != null ? null : a.enterpriseId(), community,
                            DemoPushTexts.project(random, a.row().highTechField()), need(a.row(), random),
                            DemoPushTexts.pick(random, DemoPushTexts.PURPOSES), true));
            review(application, communities.get(community), filer, a, random, i == 0);
        }
    }

    /**
     * Who marks intents once the demo enterprises are rated: the banks, the demo account "bank" on the showcase
     * enterprise (the demo account "enterprise"), and the operator who reads the push list.
     */
    record IntentPlan(Actor operator, List<Actor> banks, Actor showcaseBank, long showcaseEnterprise, long seed) {
    }

    /** Brings the list in line with the grades, then the banks mark intents; returns how many were marked. */
    int markIntents(IntentPlan plan) {
        pushList.refresh();
        int marked = 0;
        for (PushListEntry entry : pushList.current(plan.operator(), null)) {
            SplittableRandom random = new SplittableRandom(plan.seed() * 29 + entry.enterpriseId());
            boolean showcase = entry.enterpriseId() == plan.showcaseEnterprise();
            if (!showcase && random.nextDouble() >= intentShare(entry.grade())) {
                continue;
            }
            List<Actor> chosen = showcase ? List.of(plan.showcaseBank()) : banksFor(entry, plan.banks(), random);
            for (Actor bank : chosen) {
                intents.mark(bank, entry.enterpriseId(), intentAmount(entry, random), DemoPushTexts.intentNote(random));
                marked++;
            }
        }
        return marked;
    }

    /** The second demo enterprise leaves the form open for a new user to try; the first always applies. */
    private static boolean applies(int index, SplittableRandom random) {
        return index == 0 || (index != 1 && random.nextDouble() < APPLY);
    }

    private void review(PushApplication application, Actor community, Actor filer, Applicant a,
                        SplittableRandom random, boolean showcase) {
        double waiting = community.username().equals("community") ? LEFT_WAITING_FOR_THE_DEMO_ACCOUNT : LEFT_WAITING;
        if (!showcase && random.nextDouble() < waiting) {
            return;
        }
        double quality = Math.min(1, a.qualifications() / 3.0) * 0.5 + rdShare(a.row()) * 0.5;
        if (showcase || random.nextDouble() < 0.62 + 0.3 * quality) {
            applications.review(community, application.id(), EndorsementDecision.ENDORSED,
                    DemoPushTexts.endorsement(random));
            if (!showcase && random.nextDouble() < WITHDRAWN) {
                applications.withdraw(filer, application.id());
            }
        } else {
            applications.review(community, application.id(), EndorsementDecision.REJECTED,
                    DemoPushTexts.rejection(random));
        }
    }

    /** 5–20 % of last year's revenue, in steps of 10万, between 50万 and 1000万 (the usual cap of a 科创贷). */
    static BigDecimal need(SyntheticEnterprise row, SplittableRandom random) {
        BigDecimal revenue = row.latestFigures().revenue();
        BigDecimal share = BigDecimal.valueOf(5 + random.nextInt(16)).movePointLeft(2);
        BigDecimal amount = revenue.multiply(share).divide(BigDecimal.valueOf(100_000), 0, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(100_000));
        return amount.max(BigDecimal.valueOf(500_000)).min(BigDecimal.valueOf(10_000_000)).setScale(2);
    }

    private static double rdShare(SyntheticEnterprise row) {
        SyntheticEnterprise.Figures f = row.latestFigures();
        return f.revenue().signum() > 0 ? Math.min(1, f.rdExpense().doubleValue() / f.revenue().doubleValue() / 0.08) : 0;
    }

    private static double intentShare(Grade grade) {
        return switch (grade) {
            case A -> 0.7;
            case B -> 0.5;
            default -> 0.3;
        };
    }

    /** One bank, sometimes two; a bank of the enterprise's province first. */
    private static List<Actor> banksFor(PushListEntry entry, List<Actor> banks, SplittableRandom random) {
        String province = entry.regionCode().substring(0, 2);
        List<Actor> local = banks.stream().filter(b -> DemoCatalog.bankProvince(b.username()).equals(province)).toList();
        List<Actor> pool = local.isEmpty() ? banks : local;
        Actor first = DemoPushTexts.pick(random, pool);
        if (random.nextInt(10) < 3) {
            Actor second = DemoPushTexts.pick(random, banks);
            if (second != first) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    /** Within the credit line and not above the need, in steps of 10万. */
    static BigDecimal intentAmount(PushListEntry entry, SplittableRandom random) {
        BigDecimal min = entry.creditLine().min();
        BigDecimal max = entry.creditLine().max().min(entry.amount().max(min));
        long steps = max.subtract(min).divide(BigDecimal.valueOf(100_000), 0, RoundingMode.DOWN).longValue();
        return min.add(BigDecimal.valueOf(100_000L * (steps == 0 ? 0 : random.nextLong(steps + 1)))).setScale(2);
    }
}
