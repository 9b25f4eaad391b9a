package io.kerong.identity.internal;

/** A token just created: the only moment its secret is known, so it is shown once and never stored. */
public record CreatedToken(TokenView token, String secret) {

    @Override
    public String toString() {
        return "CreatedToken[" + token + "]";
    }
}
