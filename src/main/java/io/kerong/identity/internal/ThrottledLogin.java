package io.kerong.identity.internal;

import java.util.function.Supplier;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.util.function.SingletonSupplier;

/**
 * Form log-in through the {@link LoginThrottle}. Every refusal a caller can provoke reads the same for a real and an
 * unknown name and costs the same password hashing: a wrong password, an unknown name and a name still waiting (for
 * the caller's address: the owner elsewhere is not kept waiting) all answer "bad credentials". Account standing (disabled, organization not approved) is told only after the right
 * password, so it does not reveal which names exist.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final Supplier<String> decoyHash;

    ThrottledLogin(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.encoder = encoder;
        this.decoyHash = SingletonSupplier.of(() -> encoder.encode("decoy-password-never-used"));
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName() == null ? "" : attempt.getName().trim();
        String address = addressOf(attempt);
        if (throttle.addressRefused(address)) {
            throw new LoginThrottledException();
        }
        if (throttle.nameWaiting(name, address)) {
            // the same hashing work as a checked attempt, and never against the user's hash
            encoder.matches(String.valueOf(attempt.getCredentials()), decoyHash.get());
            throttle.addressFailed(address);
            throw new BadCredentialsException("bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(name, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.passwordFailed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    /** Too many failures from the caller's address: nothing from it is checked until its window ends. */
    static final class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("too many failed log-ins from this address");
        }
    }
}
