package io.kerong.enterprise;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many IP rights of each kind an enterprise holds (知识产权), with the Ⅰ类 / Ⅱ类 subtotals. */
public record IpHoldings(Map<IpKind, Integer> quantities) {

    public IpHoldings {
        EnumMap<IpKind, Integer> copy = new EnumMap<>(IpKind.class);
        quantities.forEach((kind, n) -> {
            if (n != null && n != 0) {
                copy.put(kind, n);
            }
        });
        quantities = Collections.unmodifiableMap(copy);
    }

    public static IpHoldings none() {
        return new IpHoldings(Map.of());
    }

    public int quantity(IpKind kind) {
        return quantities.getOrDefault(kind, 0);
    }

    public int total(IpClass ipClass) {
        return quantities.entrySet().stream().filter(e -> e.getKey().ipClass() == ipClass)
                .mapToInt(Map.Entry::getValue).sum();
    }

    public int classOne() {
        return total(IpClass.CLASS_I);
    }

    public int classTwo() {
        return total(IpClass.CLASS_II);
    }
}
