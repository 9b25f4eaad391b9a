package io.kerong.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One addition to or removal from the support list, with the operator's reason. */
public record SupportListDecision(long id, SupportListAction action, String reason, LocalDate decidedOn,
                                  String decidedBy, OffsetDateTime recordedAt) {
}
