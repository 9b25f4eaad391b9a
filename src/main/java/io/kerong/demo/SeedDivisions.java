package io.kerong.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The cities the platform's first deployments serve (成都, 济南, 潍坊, 淄博, 德州, 沈阳, 平湖) with their county-level
 * GB/T 2260 codes. Weights follow the rough size of each city's tech-SME population.
 */
final class SeedDivisions {

    record City(String prefix, int weight, List<String> districts) {
    }

    record Division(String cityPrefix, String code) {
    }

    static final List<City> CITIES = List.of(
            new City("成都", 44, List.of("510104", "510105", "510106", "510107", "510107", "510107", "510108",
                    "510112", "510113", "510114", "510115", "510116", "510116", "510117", "510117", "510118",
                    "510121", "510129", "510131", "510181", "510182", "510183", "510184", "510185")),
            new City("济南", 12, List.of("370102", "370102", "370103", "370104", "370105", "370112", "370112",
                    "370113", "370114", "370115", "370116", "370117", "370124", "370126")),
            new City("潍坊", 8, List.of("370702", "370703", "370704", "370705", "370705", "370724", "370725",
                    "370781", "370782", "370783", "370784", "370785", "370786")),
            new City("淄博", 7, List.of("370302", "370303", "370303", "370304", "370305", "370306", "370321",
                    "370322", "370323")),
            new City("德州", 5, List.of("371402", "371402", "371403", "371422", "371423", "371424", "371425",
                    "371426", "371427", "371428", "371481", "371482")),
            new City("沈阳", 16, List.of("210102", "210103", "210104", "210105", "210106", "210106", "210111",
                    "210112", "210112", "210113", "210114", "210115", "210123", "210124", "210181")),
            new City("平湖", 8, List.of("330482")));

    private static final int TOTAL_WEIGHT = CITIES.stream().mapToInt(City::weight).sum();

    private SeedDivisions() {
    }

    static Division pick(SplittableRandom random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (City city : CITIES) {
            ticket -= city.weight();
            if (ticket < 0) {
                return new Division(city.prefix(), city.districts().get(random.nextInt(city.districts().size())));
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}
