package io.kerong.demo;

import java.util.SplittableRandom;

/** GB/T 4754 sections by high-tech field: mostly C (制造业), I (信息技术服务) and M (科学研究和技术服务). */
final class IndustrySections {

    private IndustrySections() {
    }

    static String forField(SplittableRandom random, String field) {
        double u = random.nextDouble();
        return switch (field) {
            case "ELECTRONIC_INFORMATION" -> u < 0.65 ? "I" : u < 0.95 ? "C" : "M";
            case "BIO_MEDICINE" -> u < 0.6 ? "C" : u < 0.95 ? "M" : "F";
            case "HIGH_TECH_SERVICES" -> u < 0.6 ? "M" : u < 0.9 ? "I" : "L";
            case "NEW_ENERGY" -> u < 0.7 ? "C" : u < 0.9 ? "D" : "M";
            case "RESOURCES_ENVIRONMENT" -> u < 0.4 ? "N" : u < 0.8 ? "M" : "C";
            default -> u < 0.9 ? "C" : "M";
        };
    }
}
