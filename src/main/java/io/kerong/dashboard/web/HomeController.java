package io.kerong.dashboard.web;

import io.kerong.dashboard.internal.EnterpriseHome;
import io.kerong.dashboard.internal.OrganizationHome;
import io.kerong.identity.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each organization type's home page; {@code /home} (identity) sends every user to their own. */
@Controller
class HomeController {

    private final EnterpriseHome enterpriseHome;
    private final OrganizationHome organizationHome;

    HomeController(EnterpriseHome enterpriseHome, OrganizationHome organizationHome) {
        this.enterpriseHome = enterpriseHome;
        this.organizationHome = organizationHome;
    }

    @GetMapping("/home/enterprise")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String enterprise(Actor actor, Model model) {
        model.addAttribute("home", enterpriseHome.view(actor));
        return "dashboard/enterprise";
    }

    @GetMapping("/home/bank")
    @PreAuthorize("hasRole('BANK')")
    String bank(Actor actor, Model model) {
        return organization(actor, model);
    }

    @GetMapping("/home/investor")
    @PreAuthorize("hasRole('INVESTOR')")
    String investor(Actor actor, Model model) {
        return organization(actor, model);
    }

    @GetMapping("/home/university")
    @PreAuthorize("hasRole('UNIVERSITY')")
    String university(Actor actor, Model model) {
        return organization(actor, model);
    }

    @GetMapping("/home/service-provider")
    @PreAuthorize("hasRole('SERVICE_PROVIDER')")
    String serviceProvider(Actor actor, Model model) {
        return organization(actor, model);
    }

    @GetMapping("/home/industry-community")
    @PreAuthorize("hasRole('INDUSTRY_COMMUNITY')")
    String industryCommunity(Actor actor, Model model) {
        return organization(actor, model);
    }

    @GetMapping("/home/operator")
    @PreAuthorize("hasRole('OPERATOR')")
    String operator(Actor actor, Model model) {
        model.addAttribute("home", organizationHome.view(actor));
        return "dashboard/operator";
    }

    private String organization(Actor actor, Model model) {
        model.addAttribute("home", organizationHome.view(actor));
        return "dashboard/organization";
    }
}
