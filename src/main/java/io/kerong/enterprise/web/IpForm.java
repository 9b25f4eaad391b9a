package io.kerong.enterprise.web;

import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.IpKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quantities per IP kind, as typed ({@code quantities[INVENTION_PATENT]}). */
public class IpForm {

    private Map<String, String> quantities = new LinkedHashMap<>();

    static IpForm of(IpHoldings holdings) {
        IpForm form = new IpForm();
        for (IpKind kind : IpKind.values()) {
            form.quantities.put(kind.name(), String.valueOf(holdings.quantity(kind)));
        }
        return form;
    }

    IpHoldings read(FormInput in) {
        Map<IpKind, Integer> result = new EnumMap<>(IpKind.class);
        for (IpKind kind : IpKind.values()) {
            Integer n = in.count("ip." + kind.name(), quantities.get(kind.name()));
            if (n != null) {
                result.put(kind, n);
            }
        }
        return new IpHoldings(result);
    }

    public Map<String, String> getQuantities() { return quantities; }
    public void setQuantities(Map<String, String> quantities) { this.quantities = quantities; }
}
