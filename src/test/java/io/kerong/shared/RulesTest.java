package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Named rules read in order: the first refusal, every refusal, the grounds, each verdict by name. */
class RulesTest {

    /** A loan applicant as a lending product might see it. */
    record Applicant(int age, int employees, boolean blacklisted) {
    }

    private static final Rules<Applicant> PRODUCT = Rules.of(
            Rule.requiring("notBlacklisted", a -> !a.blacklisted(), a -> Refusal.of("lending.blacklisted")),
            Rule.requiring("atLeastOneYearOld", a -> a.age() >= 1, a -> Refusal.of("lending.tooYoung", a.age(), 1)),
            Rule.of("smallEnterprise", a -> a.employees() <= 100
                    ? Verdict.satisfied("lending.small", a.employees())
                    : Verdict.refused("lending.tooLarge", a.employees(), 100)));

    static Stream<Arguments> applicants() {
        return Stream.of(
                Arguments.of(new Applicant(3, 20, false), null, List.of()),
                Arguments.of(new Applicant(0, 20, false), "lending.tooYoung", List.of("lending.tooYoung")),
                Arguments.of(new Applicant(3, 200, false), "lending.tooLarge", List.of("lending.tooLarge")),
                Arguments.of(new Applicant(0, 200, false), "lending.tooYoung", List.of("lending.tooYoung", "lending.tooLarge")),
                Arguments.of(new Applicant(0, 200, true), "lending.blacklisted",
                        List.of("lending.blacklisted", "lending.tooYoung", "lending.tooLarge")));
    }

    @ParameterizedTest(name = "{0}: first refusal {1}, all refusals {2}")
    @MethodSource("applicants")
    void theFirstRefusalFollowsTheOrderOfTheRulesAndAllRefusalsAreListedInThatOrder(
            Applicant applicant, String firstKey, List<String> allKeys) {
        assertThat(PRODUCT.firstRefusal(applicant).map(Refusal::messageKey)).isEqualTo(Optional.ofNullable(firstKey));
        assertThat(PRODUCT.refusals(applicant)).extracting(Refusal::messageKey).isEqualTo(allKeys);
    }

    @Test
    void aRefusalCarriesTheArgumentsTheUserReads() {
        Refusal refusal = PRODUCT.firstRefusal(new Applicant(0, 20, false)).orElseThrow();

        assertThat(refusal.arguments()).containsExactly(0, 1);
        assertThat(refusal.argumentArray()).containsExactly(0, 1);
    }

    @Test
    void laterRulesAreNotAskedOnceOneRefuses() {
        Rules<String> rules = Rules.of(
                Rule.requiring("present", s -> s != null, s -> Refusal.of("missing")),
                Rule.requiring("short", s -> s.length() < 5, s -> Refusal.of("long")));

        assertThat(rules.firstRefusal(null)).contains(Refusal.of("missing"));
    }

    @Test
    void onlySatisfiedRulesWithAReasonAreGrounds() {
        assertThat(PRODUCT.grounds(new Applicant(3, 20, false)))
                .containsExactly(new Verdict.Satisfied("lending.small", List.of(20)));
        assertThat(PRODUCT.grounds(new Applicant(3, 200, false))).isEmpty();
    }

    @Test
    void everyVerdictIsNamedByItsRuleInOrder() {
        List<Rules.Checked> verdicts = PRODUCT.verdicts(new Applicant(0, 20, false));

        assertThat(verdicts).extracting(Rules.Checked::rule)
                .containsExactly("notBlacklisted", "atLeastOneYearOld", "smallEnterprise");
        assertThat(verdicts).extracting(checked -> checked.verdict().isSatisfied()).containsExactly(true, false, true);
    }

    @Test
    void aRuleThatReturnsNoVerdictIsAProgrammingErrorNamedByTheRule() {
        Rule<String> broken = Rule.of("broken", s -> null);

        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> broken.check("x"))
                .withMessageContaining("broken");
    }
}
