package io.kerong.identity.internal;

import io.kerong.identity.UserRole;
import java.util.Set;

/** A user an organization admin adds to their own organization, with an initial password. */
public record NewUser(String username, String displayName, String phone, String email, String password,
                      Set<UserRole> roles) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static NewUser empty() {
        return new NewUser("", "", "", "", "", Set.of(UserRole.STAFF));
    }

    public NewUser withoutPassword() {
        return new NewUser(username, displayName, phone, email, "", roles);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + roles + "]";
    }
}
