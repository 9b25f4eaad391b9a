package io.kerong.shared;

/**
 * 行政区划: one province, prefecture-level city or county-level division with its GB/T 2260 code.
 *
 * @param code     six digits, e.g. "510107"
 * @param name     own name, e.g. "武侯区"
 * @param level    province (xx0000), city (xxxx00) or county
 * @param province name of the province-level division, e.g. "四川省" or "北京市"
 * @param city     name of the prefecture-level city, or {@code null} where there is none (provinces, districts of
 *                 municipalities, county-level cities directly under a province such as 湖北省仙桃市)
 * @param fullName the names from province down, e.g. "四川省成都市武侯区"
 * @param current  false for codes withdrawn by a reform (e.g. 杭州市下城区 330103), still found in older credit codes
 */
public record Division(String code, String name, Level level, String province, String city, String fullName,
                       boolean current) {

    public enum Level {
        /** 省级: province, autonomous region or municipality. */
        PROVINCE,
        /** 地级: prefecture-level city, prefecture, league or autonomous prefecture. */
        CITY,
        /** 县级: county, district, county-level city or banner. */
        COUNTY
    }
}
