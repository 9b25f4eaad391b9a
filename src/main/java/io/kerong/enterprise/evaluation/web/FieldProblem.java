package io.kerong.enterprise.evaluation.web;

import java.util.List;

/** One bad field of a request: the JSON path and the message key (with arguments) saying why. */
record FieldProblem(String field, String messageKey, List<Object> arguments) {

    FieldProblem {
        arguments = List.copyOf(arguments);
    }
}
