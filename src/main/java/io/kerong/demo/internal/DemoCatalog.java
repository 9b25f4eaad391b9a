package io.kerong.demo.internal;

import io.kerong.demo.internal.DemoOrganizations.Contact;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import java.util.List;

/**
 * The organizations of the demo: the operator, banks, an investor, universities, a service provider and an industry
 * community, each with an administrator. Credit codes are made up (organization body MA…/MB…), never real ones.
 */
final class DemoCatalog {

    /** The password of every demo account. */
    static final String PASSWORD = "Kerong@2026";

    record DemoUser(String username, String displayName, UserRole role) {
    }

    record DemoOrganization(OrganizationType type, String name, String usccPrefix, String division, String body,
                            Contact contact, List<DemoUser> users) {
    }

    static final List<DemoOrganization> ORGANIZATIONS = List.of(
            org(OrganizationType.OPERATOR, "成都市科学技术局", "11", "510100", "MB000101", "刘建华", "operator"),
            org(OrganizationType.BANK, "成都银行", "91", "510100", "MA000102", "陈静", "bank"),
            org(OrganizationType.BANK, "齐鲁银行", "91", "370100", "MA000103", "孙立新", "bank2"),
            org(OrganizationType.BANK, "中国工商银行成都分行", "91", "510100", "MA000104", "赵敏", "bank3"),
            org(OrganizationType.BANK, "恒丰银行", "91", "370100", "MA000105", "高志强", "bank4"),
            org(OrganizationType.INVESTOR, "成都科创投资集团", "91", "510100", "MA000106", "何晓峰", "investor"),
            org(OrganizationType.UNIVERSITY, "电子科技大学", "12", "510100", "MB000107", "周文博", "university"),
            org(OrganizationType.UNIVERSITY, "四川大学", "12", "510100", "MB000108", "吴雪梅", "university2"),
            org(OrganizationType.UNIVERSITY, "天津大学", "12", "120100", "MB000109", "郑国强", "university3"),
            org(OrganizationType.UNIVERSITY, "山东大学", "12", "370100", "MB000110", "王振宇", "university4"),
            org(OrganizationType.SERVICE_PROVIDER, "成都生产力促进中心", "12", "510100", "MB000111", "黄欣怡",
                    "provider"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "山东产业技术研究院", "12", "370100", "MB000112", "张庆华",
                    "community"));

    private DemoCatalog() {
    }

    private static DemoOrganization org(OrganizationType type, String name, String usccPrefix, String division,
                                        String body, String person, String username) {
        String areaCode = switch (division.substring(0, 2)) {
            case "37" -> "0531";
            case "12" -> "022";
            default -> "028";
        };
        Contact contact = new Contact(person, areaCode + "-86" + body.substring(2), username + "@demo.kerong.example");
        return new DemoOrganization(type, name, usccPrefix, division, body, contact,
                List.of(new DemoUser(username, person, UserRole.ORG_ADMIN)));
    }
}
