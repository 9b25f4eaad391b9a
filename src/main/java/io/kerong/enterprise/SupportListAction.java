package io.kerong.enterprise;

/** A decision on the support list (科创企业支持名单): add the enterprise to it or remove it. */
public enum SupportListAction {
    ADD,
    REMOVE;

    public String messageKey() {
        return "enterprise.support.action." + name();
    }
}
