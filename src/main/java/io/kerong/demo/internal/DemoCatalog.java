package io.kerong.demo.internal;

import io.kerong.demo.internal.DemoOrganizations.Contact;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import io.kerong.demo.SyntheticEnterprise;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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

    /** Shandong's provincial community: 德州 applies here, and some enterprises of the other Shandong cities. */
    static final String PROVINCIAL_COMMUNITY = "山东产业技术研究院";

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
            org(OrganizationType.INDUSTRY_COMMUNITY, PROVINCIAL_COMMUNITY, "12", "370100", "MB000112", "张庆华",
                    "community"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "济南新一代信息技术产业共同体", "51", "370100", "MB000113", "李明轩",
                    "community2"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "潍坊高端装备产业创新创业共同体", "51", "370700", "MB000114", "王建国",
                    "community3"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "淄博新材料产业创新创业共同体", "51", "370300", "MB000115", "刘海燕",
                    "community4"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "成都电子信息产业创新创业共同体", "51", "510100", "MB000116", "杨帆",
                    "community5"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "成都先进制造与生物医药产业创新创业共同体", "51", "510100", "MB000117",
                    "邓丽君", "community6"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "沈阳智能制造产业创新创业共同体", "51", "210100", "MB000118", "赵振华",
                    "community7"),
            org(OrganizationType.INDUSTRY_COMMUNITY, "平湖光机电产业创新创业共同体", "51", "330400", "MB000119", "沈佳怡",
                    "community8"));

    /** Each city's community (Chengdu has two, split by high-tech field). */
    private static final Map<String, String> CITY_COMMUNITIES = Map.of(
            "3701", "济南新一代信息技术产业共同体", "3707", "潍坊高端装备产业创新创业共同体",
            "3703", "淄博新材料产业创新创业共同体", "2101", "沈阳智能制造产业创新创业共同体",
            "3304", "平湖光机电产业创新创业共同体");

    /** The community a demo enterprise asks for endorsement. */
    static String communityFor(SyntheticEnterprise row, SplittableRandom random) {
        String city = row.divisionCode().substring(0, 4);
        if (city.equals("5101")) {
            return switch (row.highTechField()) {
                case "ELECTRONIC_INFORMATION", "HIGH_TECH_SERVICES", "AEROSPACE" -> "成都电子信息产业创新创业共同体";
                default -> "成都先进制造与生物医药产业创新创业共同体";
            };
        }
        if (city.startsWith("37") && (!CITY_COMMUNITIES.containsKey(city) || random.nextInt(4) == 0)) {
            return PROVINCIAL_COMMUNITY;
        }
        return CITY_COMMUNITIES.getOrDefault(city, PROVINCIAL_COMMUNITY);
    }

    /** The province (two-digit code) of a demo bank, by its log-in. */
    static String bankProvince(String username) {
        return ORGANIZATIONS.stream().filter(o -> o.type() == OrganizationType.BANK)
                .filter(o -> o.users().stream().anyMatch(u -> u.username().equals(username)))
                .map(o -> o.division().substring(0, 2)).findFirst().orElse("");
    }

    private DemoCatalog() {
    }

    private static DemoOrganization org(OrganizationType type, String name, String usccPrefix, String division,
                                        String body, String person, String username) {
        String areaCode = switch (division.substring(0, 4)) {
            case "3701" -> "0531";
            case "3707" -> "0536";
            case "3703" -> "0533";
            case "1201" -> "022";
            case "2101" -> "024";
            case "3304" -> "0573";
            default -> "028";
        };
        Contact contact = new Contact(person, areaCode + "-86" + body.substring(2), username + "@demo.kerong.example");
        return new DemoOrganization(type, name, usccPrefix, division, body, contact,
                List.of(new DemoUser(username, person, UserRole.ORG_ADMIN)));
    }
}
