package io.kerong.identity.internal;

import io.kerong.identity.OrganizationType;

/**
 * What it takes to open an organization on the platform: the organization (with its 统一社会信用代码 and contact) and
 * its first administrator. Enterprises fill it in themselves (企业注册); the operator fills it in for the others.
 */
public record NewOrganization(OrganizationType type, String uscc, String name, String contactName,
                              String contactPhone, String contactEmail, String username, String password,
                              String confirmPassword) {

    public static NewOrganization empty(OrganizationType type) {
        return new NewOrganization(type, "", "", "", "", "", "", "", "");
    }

    /** The same application as an enterprise's self-registration, whatever type was sent. */
    public NewOrganization asEnterprise() {
        return new NewOrganization(OrganizationType.ENTERPRISE, uscc, name, contactName, contactPhone, contactEmail,
                username, password, confirmPassword);
    }

    /** The form again for display, without the passwords. */
    public NewOrganization withoutPasswords() {
        return new NewOrganization(type, uscc, name, contactName, contactPhone, contactEmail, username, "", "");
    }

    @Override
    public String toString() {
        return "NewOrganization[" + type + ", " + uscc + ", " + name + ", " + username + "]";
    }
}
