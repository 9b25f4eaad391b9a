package io.kerong.shared;

import java.util.List;

/** Input was rejected as a whole; nothing was changed. Carries every violation found, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.size() + " invalid input(s): " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
