package io.kerong.enterprise.web;

import io.kerong.enterprise.EnterpriseQuery;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.IndustrySection;
import io.kerong.enterprise.QualificationKind;
import io.kerong.identity.Actor;
import io.kerong.shared.AdministrativeDivisions;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's registry list (企业库): search by name or code, region, industry, qualification, support list. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class OperatorRegistryController {

    static final int PAGE_SIZE = 20;

    private final EnterpriseRegistry registry;
    private final AdministrativeDivisions divisions;

    OperatorRegistryController(EnterpriseRegistry registry, AdministrativeDivisions divisions) {
        this.registry = registry;
        this.divisions = divisions;
    }

    @GetMapping("/operator/enterprises")
    String list(Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String province, @RequestParam(required = false) String city,
                @RequestParam(required = false) IndustrySection industry,
                @RequestParam(required = false) QualificationKind qualification,
                @RequestParam(required = false) Boolean member, @RequestParam(required = false) Long after,
                Model model) {
        String region = FormInput.blankToNull(city) != null ? city : FormInput.blankToNull(province);
        EnterpriseQuery query = new EnterpriseQuery(q, region, industry, qualification, member);
        model.addAttribute("page", registry.search(actor, query, after, PAGE_SIZE));
        model.addAttribute("query", query);
        model.addAttribute("province", province);
        model.addAttribute("city", city);
        model.addAttribute("provinces", divisions.provinces());
        model.addAttribute("cities", FormInput.blankToNull(province) == null ? List.of()
                : divisions.childrenOf(province));
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("qualificationKinds", QualificationKind.values());
        model.addAttribute("firstPage", after == null);
        return "enterprise/list";
    }
}
