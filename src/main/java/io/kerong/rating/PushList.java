package io.kerong.rating;

import io.kerong.identity.Actor;
import java.util.List;

/**
 * The push list (推送名单, 臻选橱): enterprises with an open application, endorsed where the published model requires
 * it, whose latest grade is at or above the model's minimum push grade. Banks and the operator read it. It follows
 * grade changes, endorsements, withdrawals and model publications by itself; an enterprise that no longer qualifies
 * leaves it, and its stay is kept as history.
 */
public interface PushList {

    /** The enterprises on the list now, best grade and highest score first; {@code grade} filters when not null. */
    List<PushListEntry> current(Actor actor, Grade grade);

    /** Brings the whole list in line with the rules; returns how many enterprises joined or left it. */
    int refresh();

    /** Brings one enterprise's place on the list in line with the rules. */
    int refresh(long enterpriseId);
}
