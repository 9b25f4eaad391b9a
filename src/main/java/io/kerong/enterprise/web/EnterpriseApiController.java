package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterprisePage;
import io.kerong.enterprise.EnterpriseProfile;
import io.kerong.enterprise.EnterpriseQuery;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.SupportListAction;
import io.kerong.enterprise.SupportListDecision;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.identity.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the enterprise registry; access rules as for the pages (enterprise: own record; operator: all). */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprise registry 企业库")
class EnterpriseApiController {

    private final EnterpriseRegistry registry;
    private final Clock clock;

    EnterpriseApiController(EnterpriseRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search the registry (operator); keyset-paginated, pass nextAfter as 'after' for the next page")
    EnterprisePage list(Actor actor, @RequestParam(required = false) String q,
                        @RequestParam(required = false) String region,
                        @RequestParam(required = false) IndustrySection industry,
                        @RequestParam(required = false) QualificationKind qualification,
                        @RequestParam(required = false) Boolean member, @RequestParam(required = false) Long after,
                        @RequestParam(defaultValue = "50") int size) {
        return registry.search(actor, new EnterpriseQuery(q, region, industry, qualification, member), after, size);
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's own enterprise record")
    EnterpriseJson me(Actor actor) {
        return EnterpriseJson.of(registry.mine(actor), LocalDate.now(clock));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise record; accessBasis says why the caller may see it")
    EnterpriseJson get(Actor actor, @PathVariable long id) {
        return EnterpriseJson.of(registry.details(actor, id), LocalDate.now(clock));
    }

    @PutMapping("/{id}/profile")
    @Operation(summary = "Replace the basic information")
    EnterpriseJson updateProfile(Actor actor, @PathVariable long id, @RequestBody EnterpriseProfile profile) {
        registry.updateProfile(actor, id, profile);
        return get(actor, id);
    }

    @PutMapping("/{id}/figures/{year}")
    @Operation(summary = "Create or replace one fiscal year's figures (yuan)")
    YearlyFigures saveFigures(Actor actor, @PathVariable long id, @PathVariable int year, @RequestBody Amounts body) {
        return registry.saveFigures(actor, id, body.forYear(year));
    }

    @PutMapping("/{id}/ip")
    @Operation(summary = "Replace the IP holdings: quantity per kind")
    EnterpriseJson.Ip replaceIp(Actor actor, @PathVariable long id, @RequestBody Map<IpKind, Integer> quantities) {
        return EnterpriseJson.Ip.of(registry.replaceIpHoldings(actor, id, new IpHoldings(quantities)));
    }

    @PostMapping("/{id}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a qualification with its validity")
    EnterpriseJson.QualificationJson addQualification(Actor actor, @PathVariable long id,
                                                      @RequestBody Qualification qualification) {
        Qualification added = registry.addQualification(actor, id, qualification);
        return EnterpriseJson.QualificationJson.of(added, LocalDate.now(clock));
    }

    @DeleteMapping("/{id}/qualifications/{qualificationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a qualification")
    void removeQualification(Actor actor, @PathVariable long id, @PathVariable long qualificationId) {
        registry.removeQualification(actor, id, qualificationId);
    }

    @PostMapping("/{id}/support-list")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add to or remove from the support list 科创企业支持名单 (operator only), with a reason")
    SupportListDecision decideSupportList(Actor actor, @PathVariable long id, @RequestBody SupportListBody body) {
        return registry.decideSupportList(actor, id, body.action(), body.reason());
    }

    /** One year's amounts; the year comes from the path. */
    record Amounts(BigDecimal revenue, BigDecimal totalCosts, BigDecimal rdExpense, BigDecimal totalAssets,
                   BigDecimal totalLiabilities, BigDecimal netProfit, BigDecimal taxPaid,
                   BigDecimal highTechRevenue) {
        YearlyFigures forYear(int year) {
            return new YearlyFigures(year, revenue, totalCosts, rdExpense, totalAssets, totalLiabilities, netProfit,
                    taxPaid, highTechRevenue);
        }
    }

    record SupportListBody(SupportListAction action, String reason) {
    }
}
