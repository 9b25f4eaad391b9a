package io.kerong.audit.web;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditCheckpoint;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Audit trail", description = "审计日志 (operator only)")
class AuditApiController {

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditApiController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/entries")
    @Operation(summary = "Latest audit entries, newest first; page with ?before=<id>")
    List<AuditEntry> entries(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                             @RequestParam(defaultValue = "100") int limit) {
        return trail.latest(Math.clamp(limit, 1, 1000), before);
    }

    @PostMapping("/verification")
    @Operation(summary = "Re-compute the keyed hash chain, compare it with the last valid checkpoint and name every "
            + "problem found (entries removed, changed or rewritten, forged checkpoints)")
    VerificationView verify(Locale locale) {
        return VerificationView.of(trail.verify(), messages, locale);
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Write a signed checkpoint of the chain's head now")
    ResponseEntity<AuditCheckpoint> checkpoint(AuditActor actor) {
        AuditCheckpoint checkpoint = trail.checkpoint(actor);
        return ResponseEntity.created(URI.create("/api/v1/audit/checkpoints/" + checkpoint.id())).body(checkpoint);
    }
}
