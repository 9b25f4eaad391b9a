package io.kerong.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 10,000 commonest passwords shipped with the platform (identity/common-passwords.txt; source and licence in the
 * README beside it). Read once, on first use; a missing list fails loudly rather than letting every password pass.
 */
final class CommonPasswords {

    static final String RESOURCE = "/identity/common-passwords.txt";

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return Holder.LIST.contains(PasswordPolicy.folded(password));
    }

    static int size() {
        return Holder.LIST.size();
    }

    private static final class Holder {
        static final Set<String> LIST = load();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isEmpty()).map(PasswordPolicy::folded)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
