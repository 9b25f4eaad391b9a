package io.kerong.enterprise;

/**
 * Kind of intellectual property (知识产权类型) and the class it counts in (国科发政〔2017〕115号). Trademarks do not count.
 */
public enum IpKind {
    /** 发明专利. */
    INVENTION_PATENT(IpClass.CLASS_I, "发明专利"),
    /** 国防专利. */
    DEFENCE_PATENT(IpClass.CLASS_I, "国防专利"),
    /** 植物新品种. */
    PLANT_VARIETY(IpClass.CLASS_I, "植物新品种"),
    /** 国家级农作物品种. */
    NATIONAL_CROP_VARIETY(IpClass.CLASS_I, "国家级农作物品种"),
    /** 国家新药. */
    NATIONAL_NEW_DRUG(IpClass.CLASS_I, "国家新药"),
    /** 国家一级中药保护品种. */
    PROTECTED_CHINESE_MEDICINE(IpClass.CLASS_I, "国家一级中药保护品种"),
    /** 集成电路布图设计专有权. */
    IC_LAYOUT_DESIGN(IpClass.CLASS_I, "集成电路布图设计专有权"),
    /** 实用新型专利. */
    UTILITY_MODEL(IpClass.CLASS_II, "实用新型专利"),
    /** 外观设计专利. */
    DESIGN(IpClass.CLASS_II, "外观设计专利"),
    /** 软件著作权. */
    SOFTWARE_COPYRIGHT(IpClass.CLASS_II, "软件著作权");

    private final IpClass ipClass;
    private final String chineseName;

    IpKind(IpClass ipClass, String chineseName) {
        this.ipClass = ipClass;
        this.chineseName = chineseName;
    }

    public IpClass ipClass() {
        return ipClass;
    }

    /** The official Chinese name, as found in import files; pages show the name from the message bundle. */
    public String chineseName() {
        return chineseName;
    }

    public String messageKey() {
        return "enterprise.ip." + name();
    }
}
