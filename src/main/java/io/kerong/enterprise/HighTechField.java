package io.kerong.enterprise;

import java.util.Optional;

/** The eight high-tech fields the state supports (国家重点支持的高新技术领域). */
public enum HighTechField {
    /** 电子信息. */
    ELECTRONIC_INFORMATION("电子信息"),
    /** 生物与新医药. */
    BIO_MEDICINE("生物与新医药"),
    /** 航空航天. */
    AEROSPACE("航空航天"),
    /** 新材料. */
    NEW_MATERIALS("新材料"),
    /** 高技术服务. */
    HIGH_TECH_SERVICES("高技术服务"),
    /** 新能源与节能. */
    NEW_ENERGY("新能源与节能"),
    /** 资源与环境. */
    RESOURCES_ENVIRONMENT("资源与环境"),
    /** 先进制造与自动化. */
    ADVANCED_MANUFACTURING("先进制造与自动化");

    private final String chineseName;

    HighTechField(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String messageKey() {
        return "enterprise.field." + name();
    }

    /** Reads the constant name or the Chinese name, as found in import files. */
    public static Optional<HighTechField> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (HighTechField f : values()) {
            if (f.name().equalsIgnoreCase(t) || f.chineseName.equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
