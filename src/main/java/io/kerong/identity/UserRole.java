package io.kerong.identity;

/** A user's role within their own organization. */
public enum UserRole {
    /** 机构管理员: manages the organization's users and API tokens. */
    ORG_ADMIN,
    /** 业务人员. */
    STAFF;

    public String authority() {
        return "ROLE_" + name();
    }
}
