package io.kerong.enterprise.evaluation.web;

import io.kerong.shared.web.JsonInput;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Parses a calculator request body into a JSON object with the platform's JSON limits ({@link JsonInput}). Decimals
 * are read as {@link java.math.BigDecimal} so amounts keep every digit; malformed JSON becomes a field problem on
 * {@code body}.
 */
final class RequestBodies {

    static final String BODY = "body";

    JsonNode parseObject(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : JsonInput.readTree(body);
        } catch (JacksonException e) {
            throw invalid("evaluation.error.malformedJson");
        }
        if (node == null || node.isMissingNode()) {
            throw invalid("evaluation.error.emptyBody");
        }
        if (!node.isObject()) {
            throw invalid("evaluation.error.notAnObject");
        }
        return node;
    }

    private static InvalidRequestException invalid(String messageKey) {
        return new InvalidRequestException(List.of(new FieldProblem(BODY, messageKey, List.of())));
    }
}
