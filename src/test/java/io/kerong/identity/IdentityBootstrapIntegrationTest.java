package io.kerong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

class IdentityBootstrapIntegrationTest extends IdentityIntegrationTest {

    @Autowired
    @Qualifier("operatorBootstrap")
    ApplicationRunner bootstrap;

    @Test
    void firstStartCreatesTheOperatorWithItsAdminExactlyOnce() throws Exception {
        assertOneOperator();
        bootstrap.run(new DefaultApplicationArguments());
        bootstrap.run(new DefaultApplicationArguments());
        assertOneOperator();
    }

    private void assertOneOperator() {
        assertThat(jdbc.sql("select name from identity_organization where type = 'OPERATOR'").query(String.class).list())
                .containsExactly("科技局");
        Actor admin = actorOf("admin");
        assertThat(admin.isOperator()).isTrue();
        assertThat(admin.isOrganizationAdmin()).isTrue();
    }
}
