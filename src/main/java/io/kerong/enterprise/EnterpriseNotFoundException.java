package io.kerong.enterprise;

/** No such enterprise, or none the caller may know of (another enterprise's record looks the same as a missing one). */
public class EnterpriseNotFoundException extends RuntimeException {

    public EnterpriseNotFoundException(String what) {
        super("enterprise not found: " + what);
    }
}
