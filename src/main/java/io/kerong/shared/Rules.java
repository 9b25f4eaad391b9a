package io.kerong.shared;

import java.util.List;
import java.util.Optional;

/**
 * Named {@link Rule}s (资格规则) read in order, as a policy reads aloud: "not withdrawn, not rejected, endorsed where
 * required, rated, at or above the minimum". Ask for the first refusal when one reason is enough (the order then
 * decides which one the user reads), for every refusal when the user should see them all, or for every verdict.
 */
public record Rules<T>(List<Rule<T>> rules) {

    public Rules {
        rules = List.copyOf(rules);
    }

    @SafeVarargs
    public static <T> Rules<T> of(Rule<T>... rules) {
        return new Rules<>(List.of(rules));
    }

    /** The first rule's refusal, in order; later rules are not asked (they may rely on the earlier ones holding). */
    public Optional<Refusal> firstRefusal(T candidate) {
        for (Rule<T> rule : rules) {
            if (rule.check(candidate) instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** Every refusal, in the order of the rules; empty when the candidate satisfies them all. */
    public List<Refusal> refusals(T candidate) {
        return rules.stream().map(rule -> rule.check(candidate))
                .filter(Refusal.class::isInstance).map(Refusal.class::cast).toList();
    }

    /** The reasons of the satisfied rules that have one to give, e.g. the grounds a candidate qualifies on. */
    public List<Verdict.Satisfied> grounds(T candidate) {
        return rules.stream().map(rule -> rule.check(candidate))
                .filter(Verdict.Satisfied.class::isInstance).map(Verdict.Satisfied.class::cast)
                .filter(Verdict.Satisfied::hasReason).toList();
    }

    /** Every rule's verdict, in order, named by its rule. */
    public List<Checked> verdicts(T candidate) {
        return rules.stream().map(rule -> new Checked(rule.name(), rule.check(candidate))).toList();
    }

    /** One rule's verdict with the rule's name. */
    public record Checked(String rule, Verdict verdict) {
    }
}
