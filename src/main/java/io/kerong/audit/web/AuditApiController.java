package io.kerong.audit.web;

import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.kerong.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/entries")
    @Operation(summary = "Latest audit entries, newest first; page with ?before=<id>")
    List<AuditEntry> entries(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                             @RequestParam(defaultValue = "100") int limit) {
        return trail.latest(Math.clamp(limit, 1, 1000), before);
    }

    @PostMapping("/verification")
    @Operation(summary = "Re-compute the hash chain and report the first entry that does not fit")
    ChainVerification verify() {
        return trail.verify();
    }
}
