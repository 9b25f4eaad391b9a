package io.kerong.identity.internal;

import io.kerong.identity.OrganizationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 企业注册: an enterprise opens its own account, which waits for the operator's approval before anyone can log in. */
@Service
public class EnterpriseRegistrations {

    private final OrganizationFounding founding;

    EnterpriseRegistrations(OrganizationFounding founding) {
        this.founding = founding;
    }

    /** Registers the enterprise and its first admin; throws InvalidInputException listing every bad field. */
    @Transactional
    public long register(NewOrganization application) {
        return founding.found(application.asEnterprise(), OrganizationStatus.PENDING, null);
    }
}
