package io.kerong.enterprise;

import java.util.Optional;

/** Section of the national industry classification (国民经济行业分类 GB/T 4754-2017 门类), A to T. */
public enum IndustrySection {
    A("农、林、牧、渔业"),
    B("采矿业"),
    C("制造业"),
    D("电力、热力、燃气及水生产和供应业"),
    E("建筑业"),
    F("批发和零售业"),
    G("交通运输、仓储和邮政业"),
    H("住宿和餐饮业"),
    I("信息传输、软件和信息技术服务业"),
    J("金融业"),
    K("房地产业"),
    L("租赁和商务服务业"),
    M("科学研究和技术服务业"),
    N("水利、环境和公共设施管理业"),
    O("居民服务、修理和其他服务业"),
    P("教育"),
    Q("卫生和社会工作"),
    R("文化、体育和娱乐业"),
    S("公共管理、社会保障和社会组织"),
    T("国际组织");

    private final String chineseName;

    IndustrySection(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String messageKey() {
        return "enterprise.industry." + name();
    }

    /** Reads a section letter ("I") or its Chinese name ("信息传输、软件和信息技术服务业"), as found in import files. */
    public static Optional<IndustrySection> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (IndustrySection s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.chineseName.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
