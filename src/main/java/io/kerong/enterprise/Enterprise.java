package io.kerong.enterprise;

/**
 * An enterprise in the registry (企业档案): identified by its unified social credit code (统一社会信用代码), linked to
 * the platform organization once it has registered ({@code organizationId} is null before). {@code version} counts
 * the changes to the profile.
 */
public record Enterprise(long id, String uscc, EnterpriseProfile profile, Long organizationId, int version) {

    public boolean registered() {
        return organizationId != null;
    }

    public String name() {
        return profile.name();
    }
}
