package io.kerong.audit.web;

import io.kerong.audit.AuditActor;
import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's view of the whole audit trail, the check of the keyed chain, and checkpoints on demand. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class AuditController {

    private static final int PAGE = 50;
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/operator/audit")
    String list(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
        List<AuditEntry> entries = trail.latest(PAGE, before);
        model.addAttribute("entries", entries);
        model.addAttribute("next", entries.size() == PAGE ? entries.getLast().id() : null);
        model.addAttribute("checkpoint", trail.latestCheckpoint().orElse(null));
        return "audit/list";
    }

    @PostMapping("/operator/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return "audit/list :: verification";
    }

    @PostMapping("/operator/audit/checkpoints")
    String checkpoint(AuditActor actor, Model model) {
        model.addAttribute("checkpoint", trail.checkpoint(actor));
        model.addAttribute("written", true);
        return "audit/list :: checkpoint";
    }
}
