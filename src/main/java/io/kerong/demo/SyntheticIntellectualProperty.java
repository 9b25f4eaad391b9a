package io.kerong.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** IP counts by kind as firms of each field tend to hold them: software copyrights in IT, new drugs in pharma, .... */
final class SyntheticIntellectualProperty {

    private SyntheticIntellectualProperty() {
    }

    static Map<String, Integer> generate(SplittableRandom random, String field) {
        Map<String, Integer> holdings = new LinkedHashMap<>();
        boolean software = field.equals("ELECTRONIC_INFORMATION") || field.equals("HIGH_TECH_SERVICES");
        put(holdings, "INVENTION_PATENT", random.nextDouble() < 0.45 ? 0 : 1 + geometric(random, 0.3, 20));
        put(holdings, "UTILITY_MODEL", random.nextDouble() < 0.25 ? 0 : 1 + geometric(random, 0.15, 30));
        put(holdings, "SOFTWARE_COPYRIGHT", software ? 1 + geometric(random, 0.1, 40)
                : random.nextDouble() < 0.6 ? 0 : 1 + geometric(random, 0.4, 8));
        put(holdings, "DESIGN", random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(4));
        if (field.equals("ELECTRONIC_INFORMATION") && random.nextDouble() < 0.15) {
            put(holdings, "IC_LAYOUT_DESIGN", 1 + random.nextInt(3));
        }
        if (field.equals("BIO_MEDICINE") && random.nextDouble() < 0.05) {
            put(holdings, "NATIONAL_NEW_DRUG", 1);
        }
        if (field.equals("RESOURCES_ENVIRONMENT") && random.nextDouble() < 0.05) {
            put(holdings, "PLANT_VARIETY", 1);
        }
        return holdings;
    }

    private static void put(Map<String, Integer> holdings, String kind, int quantity) {
        if (quantity > 0) {
            holdings.put(kind, quantity);
        }
    }

    private static int geometric(SplittableRandom random, double stop, int max) {
        int n = 0;
        while (n < max && random.nextDouble() >= stop) {
            n++;
        }
        return n;
    }
}
