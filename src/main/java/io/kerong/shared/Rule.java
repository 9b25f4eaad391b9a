package io.kerong.shared;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A named eligibility rule (资格规则): looks at a candidate and returns a {@link Verdict}, either satisfied or a
 * {@link Refusal} carrying the reason the user reads, as ddd-by-examples/library's {@code PlacingOnHoldPolicy} does.
 * Rules are data: a module lists them in order in {@link Rules} instead of nesting ifs. This is the one way the
 * platform writes eligibility: the tech-SME evaluation (科技型中小企业评价), the 高企 pre-check and the financing push
 * use it today; lending's product eligibility (贷款产品准入) and subsidies (补贴申领条件) will use it too.
 *
 * @param name    what the rule demands, in the code's words ({@code "employeesAtMost500"}); stable, never shown
 * @param verdict the rule itself; it must not return null
 * @param <T>     what the rule looks at
 */
public record Rule<T>(String name, Function<? super T, ? extends Verdict> verdict) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
    }

    public static <T> Rule<T> of(String name, Function<? super T, ? extends Verdict> verdict) {
        return new Rule<>(name, verdict);
    }

    /** A rule that holds silently when {@code holds} is true and otherwise refuses with {@code refusal}. */
    public static <T> Rule<T> requiring(String name, Predicate<? super T> holds,
                                        Function<? super T, Refusal> refusal) {
        return new Rule<>(name, candidate -> holds.test(candidate) ? Verdict.satisfied() : refusal.apply(candidate));
    }

    public Verdict check(T candidate) {
        return Objects.requireNonNull(verdict.apply(candidate), () -> "rule " + name + " returned no verdict");
    }
}
