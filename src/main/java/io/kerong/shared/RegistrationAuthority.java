package io.kerong.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * 登记管理部门: the authority that registered an organization, position 1 of a unified social credit code, with the
 * organization types (机构类别, position 2) it may assign, as listed in GB 32100-2015. Display names are in the
 * message bundles under {@code uscc.authority.<code>}.
 */
public enum RegistrationAuthority {

    /** 机构编制: 1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体, 9 其他. */
    ESTABLISHMENT('1', "1239"),
    /** 外交: 1 外国常驻新闻机构, 9 其他. */
    FOREIGN_AFFAIRS('2', "19"),
    /** 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构, 5 仲裁委员会, 9 其他. */
    JUSTICE('3', "123459"),
    /** 文化: 1 外国在华文化中心, 9 其他. */
    CULTURE('4', "19"),
    /** 民政: 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他. */
    CIVIL_AFFAIRS('5', "1239"),
    /** 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地（大陆）代表机构, 9 其他. */
    TOURISM('6', "129"),
    /** 宗教: 1 宗教活动场所, 2 宗教院校, 9 其他. */
    RELIGION('7', "129"),
    /** 工会: 1 基层工会, 9 其他. */
    TRADE_UNION('8', "19"),
    /** 工商 (now market regulation): 1 企业, 2 个体工商户, 3 农民专业合作社. */
    MARKET_REGULATION('9', "123"),
    /** 中央军委改革和编制办公室: 1 军队事业单位, 9 其他. */
    MILITARY_ESTABLISHMENT('A', "19"),
    /** 农业: 1 组级集体经济组织, 2 村级集体经济组织, 3 乡镇级集体经济组织, 9 其他. */
    AGRICULTURE('N', "1239"),
    /** 其他: no organization types of its own, always 1. */
    OTHER('Y', "1");

    private final char code;
    private final String organizationTypes;

    RegistrationAuthority(char code, String organizationTypes) {
        this.code = code;
        this.organizationTypes = organizationTypes;
    }

    public static Optional<RegistrationAuthority> ofCode(char code) {
        return Arrays.stream(values()).filter(authority -> authority.code == code).findFirst();
    }

    public char code() {
        return code;
    }

    /** The organization type codes this authority may assign, e.g. "123" for 工商. */
    public String organizationTypes() {
        return organizationTypes;
    }

    public boolean allowsOrganizationType(char type) {
        return organizationTypes.indexOf(type) >= 0;
    }

    /** Message key of the authority's display name. */
    public String messageKey() {
        return "uscc.authority." + code;
    }
}
