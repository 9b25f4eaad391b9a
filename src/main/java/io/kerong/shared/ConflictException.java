package io.kerong.shared;

import java.util.List;

/**
 * The request is well-formed but conflicts with what is stored now (an application already open, a batch key already
 * used for other values); nothing was changed. The API answers 409 with the same problem shape as invalid input;
 * pages show the messages as they show any refused input.
 */
public class ConflictException extends InvalidInputException {

    public ConflictException(List<Violation> violations) {
        super(violations);
    }

    public ConflictException(Violation violation) {
        super(violation);
    }
}
