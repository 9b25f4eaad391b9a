package io.kerong.identity.internal;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationStatus;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security sees it: the actor plus password hash and standing (throttling is {@link LoginThrottle}'s). */
final class ActorUserDetails implements UserDetails, CredentialsContainer, ActorPrincipal {

    /**
     * Stored in every log-in session (spring_session): change it whenever the fields change, and empty the sessions
     * in the same release (as V106 did), or sessions written by the older version fail to load.
     */
    @Serial
    private static final long serialVersionUID = 2L;

    private final Actor actor;
    private String passwordHash;
    private final boolean userEnabled;
    private final OrganizationStatus organizationStatus;

    ActorUserDetails(Actor actor, String passwordHash, boolean userEnabled, OrganizationStatus organizationStatus) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.userEnabled = userEnabled;
        this.organizationStatus = organizationStatus;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    OrganizationStatus organizationStatus() {
        return organizationStatus;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(actor);
    }

    static List<GrantedAuthority> authoritiesOf(Actor actor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(actor.organizationType().role()));
        actor.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return userEnabled && organizationStatus == OrganizationStatus.ACTIVE;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "ActorUserDetails[" + actor.username() + "]";
    }
}
