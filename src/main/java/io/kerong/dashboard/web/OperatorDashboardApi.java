package io.kerong.dashboard.web;

import io.kerong.dashboard.internal.OperatorDashboard;
import io.kerong.dashboard.internal.OperatorFigures;
import io.kerong.identity.Actor;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator dashboard's figures as JSON: counts by region, industry, qualification and evaluation result. */
@RestController
class OperatorDashboardApi {

    private final OperatorDashboard dashboard;

    OperatorDashboardApi(OperatorDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/dashboard/operator")
    @PreAuthorize("hasRole('OPERATOR')")
    OperatorFigures operator(Actor actor, Locale locale) {
        return dashboard.figures(actor, locale);
    }
}
