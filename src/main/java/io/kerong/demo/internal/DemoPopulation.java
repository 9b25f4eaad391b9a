package io.kerong.demo.internal;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.demo.SyntheticEnterprises;
import io.kerong.demo.internal.DemoCatalog.DemoOrganization;
import io.kerong.demo.internal.DemoCatalog.DemoUser;
import io.kerong.demo.internal.DemoOrganizations.Contact;
import io.kerong.enterprise.Enterprise;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import io.kerong.shared.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the whole demo population: organizations with their admins, then the enterprises. */
@Component
class DemoPopulation {

    static final long SEED = 20_260_101L;
    static final int ENTERPRISES = 200;
    /** The first this many enterprises have registered on the platform and have an admin user. */
    static final int REGISTERED = 20;

    private final DemoOrganizations organizations;
    private final DemoEnterprises enterprises;
    private final DemoEvaluations evaluations;
    private final DemoDepartmentData departmentData;
    private final DemoFinancingPush push;
    private final DemoModelDraft modelDraft;
    private final PasswordEncoder passwords;
    private final Clock clock;
    /** The registered demo enterprises' admins, by log-in, as they apply for the financing push. */
    private final Map<String, Actor> registered = new HashMap<>();

    DemoPopulation(DemoOrganizations organizations, DemoEnterprises enterprises, DemoEvaluations evaluations,
                   DemoDepartmentData departmentData, DemoFinancingPush push, DemoModelDraft modelDraft,
                   PasswordEncoder passwords, Clock clock) {
        this.organizations = organizations;
        this.enterprises = enterprises;
        this.evaluations = evaluations;
        this.departmentData = departmentData;
        this.push = push;
        this.modelDraft = modelDraft;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The demo accounts, and who marks credit intents once the platform has rated the demo enterprises. */
    record Populated(List<DemoAccount> accounts, DemoFinancingPush.IntentPlan intents) {

        static final Populated NOTHING = new Populated(List.of(), null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Populated populate() {
        // one bcrypt hash for all: every demo account has the same password, and hashing 30 times costs seconds
        String hash = passwords.encode(DemoCatalog.PASSWORD);
        List<DemoAccount> accounts = new ArrayList<>();
        Map<String, Actor> members = new LinkedHashMap<>();
        for (DemoOrganization org : DemoCatalog.ORGANIZATIONS) {
            long id = organizations.open(org.type(), org.name(),
                    UnifiedSocialCreditCode.assemble(org.usccPrefix(), org.division(), org.body()),
                    OrganizationStatus.ACTIVE, org.contact());
            for (DemoUser user : org.users()) {
                long userId = organizations.addUser(id, user.username(), user.displayName(), hash, user.role());
                accounts.add(new DemoAccount(user.username(), user.displayName(), org.type(), org.name(), user.role(),
                        false));
                members.put(user.username(), new Actor(userId, user.username(), user.displayName(), id, org.type(),
                        org.name(), Set.of(user.role())));
            }
        }
        Actor operator = members.get("operator");
        List<DemoFinancingPush.Applicant> applicants = new ArrayList<>();
        accounts.addAll(enterprises(operator, hash, applicants));
        modelDraft.create(operator);
        return new Populated(accounts, financingPush(operator, members, applicants));
    }

    /** Applications and endorsements now; the intents wait for the grades (see {@link DemoDataLoader}). */
    private DemoFinancingPush.IntentPlan financingPush(Actor operator, Map<String, Actor> members,
                                                      List<DemoFinancingPush.Applicant> applicants) {
        Map<Long, Actor> communities = new HashMap<>();
        members.values().stream().filter(m -> m.is(OrganizationType.INDUSTRY_COMMUNITY))
                .forEach(m -> communities.put(m.organizationId(), m));
        push.applyAndReview(operator, applicants, communities, SEED);
        List<Actor> banks = members.values().stream().filter(m -> m.is(OrganizationType.BANK)).toList();
        return new DemoFinancingPush.IntentPlan(operator, banks, members.get("bank"),
                applicants.getFirst().enterpriseId(), SEED);
    }

    private List<DemoAccount> enterprises(Actor operator, String hash, List<DemoFinancingPush.Applicant> applicants) {
        LocalDate today = LocalDate.now(clock);
        SyntheticEnterprises generator = new SyntheticEnterprises(SEED, today.getYear() - 1);
        List<DemoAccount> accounts = new ArrayList<>();
        List<DemoDepartmentData.Profile> profiles = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            SyntheticEnterprise row = generator.get(i);
            SplittableRandom random = new SplittableRandom(SEED + i);
            Enterprise enterprise = enterprises.add(operator, row);
            var qualifications = i == 0 ? DemoQualifications.showcase(random, row, today)
                    : DemoQualifications.generate(random, i, row, today);
            enterprises.addQualifications(operator, enterprise.id(), qualifications);
            var decisions = i == 0 ? List.of(DemoQualifications.addition(1))
                    : i == 1 ? DemoQualifications.addedThenRemoved(random) : DemoQualifications.decisions(random);
            enterprises.decide(operator, enterprise.id(), decisions);
            evaluations.evaluate(random, enterprise.id(), row, qualifications, today, i < 2);
            profiles.add(new DemoDepartmentData.Profile(row, qualifications.size()));
            Actor admin = null;
            if (i < REGISTERED) {
                String username = i == 0 ? "enterprise" : "enterprise" + (i + 1);
                accounts.add(register(row, OrganizationStatus.ACTIVE, username, hash));
                admin = registered.get(username);
            }
            applicants.add(new DemoFinancingPush.Applicant(enterprise.id(), row, qualifications.size(), admin));
        }
        departmentData.deliver(operator, profiles, SEED, today);
        accounts.add(register(generator.get(ENTERPRISES), OrganizationStatus.PENDING, "pending", hash));
        return accounts;
    }

    /** The enterprise opens its own account; the registry links its record by the credit code. */
    private DemoAccount register(SyntheticEnterprise row, OrganizationStatus status, String username, String hash) {
        long id = organizations.open(OrganizationType.ENTERPRISE, row.name(), row.uscc(), status,
                new Contact(row.contactName(), row.contactPhone(), row.contactEmail()));
        long userId = organizations.addUser(id, username, row.contactName(), hash, UserRole.ORG_ADMIN);
        registered.put(username, new Actor(userId, username, row.contactName(), id, OrganizationType.ENTERPRISE,
                row.name(), Set.of(UserRole.ORG_ADMIN)));
        return new DemoAccount(username, row.contactName(), OrganizationType.ENTERPRISE, row.name(),
                UserRole.ORG_ADMIN, status == OrganizationStatus.PENDING);
    }
}
