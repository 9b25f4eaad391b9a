package io.kerong.rating;

import io.kerong.identity.Actor;
import java.math.BigDecimal;
import java.util.List;

/**
 * Banks' credit intents (授信意向) on pushed enterprises. A bank marks, changes and withdraws its own and sees only
 * its own; an enterprise sees those addressed to it; the operator sees all. Amounts are yuan, positive, at most two
 * decimals. Every change is audited.
 */
public interface CreditIntents {

    /** A bank marks its intent on an enterprise on the push list (one standing intent per bank and enterprise). */
    CreditIntent mark(Actor actor, long enterpriseId, BigDecimal amount, String note);

    CreditIntent update(Actor actor, long intentId, BigDecimal amount, String note);

    CreditIntent withdraw(Actor actor, long intentId);

    /** The intents the caller may see, newest first, withdrawn ones included. */
    List<CreditIntent> list(Actor actor);

    CreditIntent find(Actor actor, long intentId);
}
