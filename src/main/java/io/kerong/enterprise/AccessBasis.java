package io.kerong.enterprise;

/** On what basis an enterprise's data is shown to the caller (数据查看依据). */
public enum AccessBasis {
    /** The enterprise's own record. */
    OWN,
    /** The platform operator sees every record. */
    OPERATOR_ROLE;

    public String messageKey() {
        return "enterprise.access." + name();
    }
}
