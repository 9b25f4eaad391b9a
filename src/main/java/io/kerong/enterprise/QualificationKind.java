package io.kerong.enterprise;

/** A qualification an enterprise holds with a validity period (企业资质). */
public enum QualificationKind {
    /** 高新技术企业. */
    HIGH_TECH_ENTERPRISE("高新技术企业"),
    /** 科技型中小企业 (入库登记编号). */
    TECH_SME("科技型中小企业"),
    /** 专精特新中小企业. */
    SPECIALIZED_NEW("专精特新"),
    /** 专精特新“小巨人”企业. */
    LITTLE_GIANT("专精特新“小巨人”");

    private final String chineseName;

    QualificationKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String messageKey() {
        return "enterprise.qualification." + name();
    }
}
