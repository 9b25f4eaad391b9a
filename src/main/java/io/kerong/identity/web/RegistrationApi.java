package io.kerong.identity.web;

import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.internal.EnterpriseRegistrations;
import io.kerong.identity.internal.NewOrganization;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 企业注册 over the API: public, same checks as the page, a 400 problem naming every bad field. */
@RestController
class RegistrationApi {

    private final EnterpriseRegistrations registrations;

    RegistrationApi(EnterpriseRegistrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/api/v1/registrations")
    ResponseEntity<Map<String, Object>> register(@RequestBody NewOrganization application) {
        long id = registrations.register(application);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id))
                .body(Map.of("organizationId", id, "status", OrganizationStatus.PENDING));
    }
}
