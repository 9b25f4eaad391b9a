package io.kerong.rating;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The indicator values a rating uses (评价数据), as of a day: the department values received on or before that day
 * (the latest period of each indicator; a correction counts from the day it arrived) merged with the indicators derived
 * from the enterprise registry (R&D ratio, tech-staff share, growth, qualifications, IP). Keyed by indicator code.
 */
public interface IndicatorData {

    Map<String, IndicatorValue> latest(long enterpriseId, LocalDate asOf);

    /**
     * Every enterprise of the registry, in id order, with its values as of the day; read page by page (a few queries
     * per thousand enterprises), so that a re-rating of all enterprises holds one page in memory.
     */
    void forEachEnterprise(LocalDate asOf, Consumer<EnterpriseValues> each);

    /** One enterprise's values for the batch re-rating. */
    record EnterpriseValues(long enterpriseId, Map<String, IndicatorValue> values) {
    }
}
