package io.kerong.audit;

import java.util.Arrays;
import java.util.List;

/**
 * One problem found in the audit trail: a message code ({@code audit.finding.*}) with the arguments of its text, and
 * the entry or checkpoint it concerns (null where it concerns none in particular).
 */
public record ChainFinding(String code, Long entryId, Long checkpointId, List<String> arguments) {

    public ChainFinding {
        arguments = List.copyOf(arguments);
    }

    public static ChainFinding of(String code, Long entryId, Long checkpointId, Object... arguments) {
        return new ChainFinding(code, entryId, checkpointId,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
