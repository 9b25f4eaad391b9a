package io.kerong.shared.web;

import io.kerong.shared.BoundedDecimal;
import io.kerong.shared.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * For a text field that holds a value as typed, a number or a yes/no ({@code "amount": "1,200,000.00"} or
 * {@code "amount": 1200000}, {@code "value": true}): a JSON number is taken as its text, unparsed, so the module's own
 * reader ({@link BoundedDecimal}) decides. A list or an object is refused; text longer than any such value
 * ({@link #MAX_LENGTH}) is refused at once. Use with {@code @JsonDeserialize(using = ScalarText.class)} on the field.
 */
public final class ScalarText extends StdScalarDeserializer<String> {

    /** Longer than any number, percentage, yes/no or category code. */
    public static final int MAX_LENGTH = 200;

    public ScalarText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return Boolean.toString(token == JsonToken.VALUE_TRUE);
        }
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
                && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getString();
        String field = JsonFieldPath.of(p.streamReadContext());
        if (text.indexOf(StrictValues.NUL) >= 0) {
            throw new JsonInput.Refused(p, Violation.of(field, "text.nul"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new JsonInput.Refused(p, Violation.of(field, "text.tooLong", MAX_LENGTH));
        }
        return text;
    }
}
