package io.kerong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationStatus;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The principal kept in every log-in session names its serial version, so a later change is a deliberate one. */
class SessionPrincipalSerializationTest {

    @Test
    void thePrincipalTypesStoredInSessionsDeclareTheirSerialVersion() throws Exception {
        for (Class<?> type : new Class<?>[] {ActorUserDetails.class, Actor.class}) {
            var field = type.getDeclaredField("serialVersionUID");
            assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                    .as(type.getSimpleName()).isTrue();
        }
        assertThat(ObjectStreamClass.lookup(ActorUserDetails.class).getSerialVersionUID()).isEqualTo(2L);
    }

    @Test
    void aSessionsPrincipalSurvivesTheRoundTripThroughItsStoredBytes() throws Exception {
        Actor actor = new Actor(7L, "wang", "王五", 3, OrganizationType.BANK, "测试银行", Set.of(UserRole.ORG_ADMIN));
        ActorUserDetails stored = new ActorUserDetails(actor, null, true, OrganizationStatus.ACTIVE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stored);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ActorUserDetails read = (ActorUserDetails) in.readObject();
            assertThat(read.actor()).isEqualTo(actor);
            assertThat(read.isEnabled()).isTrue();
        }
    }
}
