package io.kerong.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * The financing-push funnel (推送漏斗), counted in applications: applied → endorsed by the community → graded at or
 * above the minimum and pushed (ever) → holding at least one standing credit intent; overall, by community and by
 * city. {@code onListNow} counts the enterprises on the push list today, {@code intentAmount} the standing intents'
 * amounts in yuan, {@code intentBanks} the banks that hold them.
 */
public record PushFunnelFigures(int modelVersion, Grade minimumPushGrade, boolean endorsementRequired,
                                Stages overall, List<Group> byCommunity, List<Group> byRegion, long onListNow,
                                long rejected, long pending, BigDecimal intentAmount, long intentBanks) {

    public PushFunnelFigures {
        byCommunity = List.copyOf(byCommunity);
        byRegion = List.copyOf(byRegion);
    }

    /** The four steps' counts. */
    public record Stages(long applied, long endorsed, long pushed, long withIntent) {
    }

    /** One community (key: its organization id) or one city (key: its six-digit code) with its counts. */
    public record Group(String key, String name, Stages stages) {
    }
}
