package io.kerong.identity;

/** The kinds of organization that use the platform; each sees its own home page and data. */
public enum OrganizationType {
    /** 科技型中小企业. */
    ENTERPRISE,
    /** 银行 / 金融机构. */
    BANK,
    /** 投资机构 / 基金管理人. */
    INVESTOR,
    /** 高校 / 科研院所. */
    UNIVERSITY,
    /** 科技服务机构. */
    SERVICE_PROVIDER,
    /** 创新创业共同体. */
    INDUSTRY_COMMUNITY,
    /** 运营方：科技局 / 生产力促进中心. */
    OPERATOR;

    /** The Spring Security role every user of such an organization holds. */
    public String role() {
        return "ROLE_" + name();
    }
}
