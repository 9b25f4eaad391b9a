package io.kerong.access;

import org.springframework.mock.web.MockHttpServletResponse;

/** What a role gets from an endpoint, judged from the response. */
enum Outcome {
    /** Allowed: the request reached the handler (it may still reject the input with 400). */
    ALLOWED,
    /** Refused: the role may not use this endpoint, or not on this organization's data. */
    FORBIDDEN,
    /** Hidden: another organization's record, answered as if it did not exist. */
    NOT_FOUND,
    /** Not logged in: pages send to the log-in page, the API answers 401. */
    LOGIN;

    static Outcome of(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        // the log-in page itself, not any page whose path merely contains "/login" (/operator/login-throttles)
        if (status == 401 || (status == 302 && location != null && location.matches("(https?://[^/]+)?/login([?#].*)?"))) {
            return LOGIN;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status >= 500) {
            throw new AssertionError("server error " + status + ": " + response.getErrorMessage());
        }
        return ALLOWED;
    }
}
