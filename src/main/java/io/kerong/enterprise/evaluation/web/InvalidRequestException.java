package io.kerong.enterprise.evaluation.web;

import java.util.List;

/** Thrown when a calculator request has bad fields; carries all of them so the client can fix them at once. */
class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidRequestException(List<FieldProblem> problems) {
        super("invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
