package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.Grade;
import io.kerong.rating.PushFunnel;
import io.kerong.rating.PushFunnelFigures;
import io.kerong.rating.PushList;
import io.kerong.rating.PushListEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The push list (推送名单) for banks and the operator, and the operator's funnel (推送漏斗). */
@RestController
@RequestMapping("/api/v1/rating")
@Tag(name = "Financing push 增信融资推送")
class PushListApi {

    private final PushList pushList;
    private final PushFunnel funnel;

    PushListApi(PushList pushList, PushFunnel funnel) {
        this.pushList = pushList;
        this.funnel = funnel;
    }

    @PreAuthorize("hasAnyRole('BANK', 'OPERATOR')")
    @GetMapping("/push-list")
    @Operation(summary = "Enterprises on the push list now (banks, operator): grade, score, credit line, region, "
            + "industry, financing need, the calling bank's own intent and the report address")
    List<PushListEntry> list(Actor actor, @RequestParam(required = false) Grade grade) {
        return pushList.current(actor, grade);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @GetMapping("/funnel")
    @Operation(summary = "The push funnel in applications (operator): applied → endorsed → pushed → credit intent, "
            + "overall, by community and by city")
    PushFunnelFigures funnel(Actor actor) {
        return funnel.figures(actor);
    }
}
