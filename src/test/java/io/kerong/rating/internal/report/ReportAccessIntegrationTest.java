package io.kerong.rating.internal.report;

import static io.kerong.enterprise.EnterpriseFixture.chengduSoftwareCompany;
import static io.kerong.enterprise.EnterpriseFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.RegistryQueries;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.ReportGround;
import io.kerong.rating.ReportGrounds;
import io.kerong.rating.internal.RatingAudience;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who sees a report on which ground, with the real registry: and that without any ground module, banks see none. */
@SpringBootTest
class ReportAccessIntegrationTest {

    @Autowired EnterpriseRegistry registry;
    @Autowired RegistryQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseRatings ratings;

    private ReportAccess access(ReportGrounds... grounds) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < grounds.length; i++) {
            beans.addBean("grounds" + i, grounds[i]);
        }
        return new ReportAccess(registry, queries,
                new RatingAudience(registry, beans.getBeanProvider(ReportGrounds.class), ratings));
    }

    private Actor bank() {
        long id = EnterpriseFixture.organization(jdbc, OrganizationType.BANK, unique("授信测试银行"), null);
        return EnterpriseFixture.actor(id, OrganizationType.BANK, unique("bank-"));
    }

    @Test
    void withoutAnyGroundModuleABankIsToldThereIsNoSuchReport() {
        var enterprise = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("access-"));
        assertThatThrownBy(() -> access().check(bank(), enterprise.enterpriseId()))
                .isInstanceOf(ReportNotFoundException.class);
    }

    @Test
    void theFirstModuleThatGivesAGroundIsTheOneShownWithTheEnterprisesFacts() {
        var enterprise = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("access-"));
        ReportAccess access = access((org, id) -> Optional.empty(), (org, id) -> Optional.of(ReportGround.standing("APPLIED", "ratingreport.test.applied")));
        ReportAccess.Viewing viewing = access.check(bank(), enterprise.enterpriseId());
        assertThat(viewing.ground().messageKey()).isEqualTo("ratingreport.test.applied");
        assertThat(viewing.basis().code()).isEqualTo("APPLIED");
        assertThat(viewing.card().name()).isEqualTo("成都云岭软件有限公司");
        assertThat(viewing.card().divisionName()).isEqualTo("四川省成都市武侯区");
    }

    @Test
    void aGroundForAnEnterpriseThatDoesNotExistIsStillNoReport() {
        assertThatThrownBy(() -> access((org, id) -> Optional.of(ReportGround.standing("X", "x"))).check(bank(), Long.MAX_VALUE))
                .isInstanceOf(ReportNotFoundException.class);
    }

    @Test
    void theEnterpriseSeesItsOwnAndTheOperatorEveryOneWithoutAnyGroundModule() {
        var enterprise = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("access-"));
        assertThat(access().check(enterprise.actor(), enterprise.enterpriseId()).ground().messageKey())
                .isEqualTo(ReportAccess.OWN);
        assertThat(access().check(EnterpriseFixture.operator(), enterprise.enterpriseId()).ground().messageKey())
                .isEqualTo(ReportAccess.OPERATOR);
        var other = chengduSoftwareCompany().registeredBy(registry, jdbc, unique("access-"));
        assertThatThrownBy(() -> access().check(other.actor(), enterprise.enterpriseId()))
                .isInstanceOf(ReportNotFoundException.class);
    }
}
