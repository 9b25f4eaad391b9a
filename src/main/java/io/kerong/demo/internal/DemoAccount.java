package io.kerong.demo.internal;

import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;

/** A demo log-in (演示账号); every one has the password {@link DemoCatalog#PASSWORD}. */
public record DemoAccount(String username, String displayName, OrganizationType type, String organizationName,
                          UserRole role, boolean pending) {
}
