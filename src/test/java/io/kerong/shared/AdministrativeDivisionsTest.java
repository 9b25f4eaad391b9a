package io.kerong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.shared.Division.Level;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdministrativeDivisionsTest {

    private final AdministrativeDivisions divisions = AdministrativeDivisions.fromClasspath();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "510107, 四川省成都市武侯区, 武侯区, COUNTY, 四川省, 成都市",
            "330482, 浙江省嘉兴市平湖市, 平湖市, COUNTY, 浙江省, 嘉兴市",
            "370102, 山东省济南市历下区, 历下区, COUNTY, 山东省, 济南市",
            "370700, 山东省潍坊市, 潍坊市, CITY, 山东省, 潍坊市",
            "370300, 山东省淄博市, 淄博市, CITY, 山东省, 淄博市",
            "371400, 山东省德州市, 德州市, CITY, 山东省, 德州市",
            "210100, 辽宁省沈阳市, 沈阳市, CITY, 辽宁省, 沈阳市",
            "510100, 四川省成都市, 成都市, CITY, 四川省, 成都市",
            "510000, 四川省, 四川省, PROVINCE, 四川省, NULL",
            "650000, 新疆维吾尔自治区, 新疆维吾尔自治区, PROVINCE, 新疆维吾尔自治区, NULL",
            "110000, 北京市, 北京市, PROVINCE, 北京市, NULL",
            "110108, 北京市海淀区, 海淀区, COUNTY, 北京市, NULL",
            "110100, 北京市, 市辖区, CITY, 北京市, NULL",
            "500229, 重庆市城口县, 城口县, COUNTY, 重庆市, NULL",
            "429004, 湖北省仙桃市, 仙桃市, COUNTY, 湖北省, NULL",
            "441900, 广东省东莞市, 东莞市, CITY, 广东省, 东莞市",
            "620201, 甘肃省嘉峪关市, 嘉峪关市, COUNTY, 甘肃省, 嘉峪关市",
            "440300, 广东省深圳市, 深圳市, CITY, 广东省, 深圳市",
            "130171, 河北省石家庄市石家庄高新技术产业开发区, 石家庄高新技术产业开发区, COUNTY, 河北省, 石家庄市",
    })
    void codesResolveToNamesFromProvinceDown(String code, String fullName, String name, Level level, String province,
                                             String city) {
        Division division = divisions.find(code).orElseThrow();

        assertThat(division.code()).isEqualTo(code);
        assertThat(division.fullName()).isEqualTo(fullName);
        assertThat(division.name()).isEqualTo(name);
        assertThat(division.level()).isEqualTo(level);
        assertThat(division.province()).isEqualTo(province);
        assertThat(division.city()).isEqualTo(city);
        assertThat(division.current()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"330103, 浙江省杭州市下城区", "330104, 浙江省杭州市江干区", "450127, 广西壮族自治区南宁市横县"})
    void codesWithdrawnByReformsStillResolveButAreMarkedNotCurrent(String code, String fullName) {
        Division division = divisions.find(code).orElseThrow();

        assertThat(division.fullName()).isEqualTo(fullName);
        assertThat(division.current()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "999999", "510199", "710000", "810000", "5101", "51010a"})
    void unknownCodesFindNothing(String code) {
        assertThat(divisions.find(code)).isEmpty();
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(divisions.find(" 510107 ")).map(Division::name).contains("武侯区");
    }

    @Test
    void allThirtyOneMainlandProvincesArePresent() {
        List<Division> provinces = divisions.provinces();

        assertThat(provinces).hasSize(31);
        assertThat(provinces).extracting(Division::name)
                .contains("北京市", "河北省", "西藏自治区", "海南省", "新疆维吾尔自治区", "黑龙江省");
    }

    @Test
    void everyPrefectureLevelCityAndCountyOfTheNationIsPresent() {
        List<Division> all = divisions.provinces().stream()
                .flatMap(province -> divisions.childrenOf(province.code()).stream())
                .toList();
        long prefectures = all.stream().filter(city -> city.city() != null).count();
        long counties = all.stream().mapToLong(city -> divisions.childrenOf(city.code()).size()).sum();

        // 2023 table: 333 prefecture-level divisions; counties and districts including 124 development-zone codes
        assertThat(prefectures).isEqualTo(333);
        assertThat(counties).isEqualTo(2975);
        assertThat(divisions.size()).isEqualTo(31 + 342 + 2975 + 20);
    }

    @Test
    void childrenAreTheCurrentDivisionsOneLevelDown() {
        assertThat(divisions.childrenOf("510000")).extracting(Division::name).contains("成都市", "绵阳市").hasSize(21);
        assertThat(divisions.childrenOf("330100")).extracting(Division::code)
                .contains("330102", "330105").doesNotContain("330103", "330104");
        assertThat(divisions.childrenOf("510107")).isEmpty();
        assertThat(divisions.childrenOf("999999")).isEmpty();
    }

    @Test
    void theTableIsLoadedOnceAndShared() {
        assertThat(AdministrativeDivisions.fromClasspath()).isSameAs(divisions);
    }
}
