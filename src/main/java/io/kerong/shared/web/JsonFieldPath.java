package io.kerong.shared.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/** The field a refused JSON value stands in, as a path ({@code indicators.TAX_PAID}, {@code values[3].value}). */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            append(field, reference.getPropertyName(), reference.getIndex());
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String of(TokenStreamContext context) {
        List<TokenStreamContext> chain = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.addFirst(c);
        }
        StringBuilder field = new StringBuilder();
        for (TokenStreamContext c : chain) {
            append(field, c.inObject() ? c.currentName() : null, c.inArray() ? c.getCurrentIndex() : -1);
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void append(StringBuilder field, String name, int index) {
        if (name != null) {
            field.append(field.isEmpty() ? "" : ".").append(name);
        } else if (index >= 0) {
            field.append('[').append(index).append(']');
        }
    }
}
