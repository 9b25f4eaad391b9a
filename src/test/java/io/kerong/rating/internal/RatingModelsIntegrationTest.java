package io.kerong.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kerong.audit.AuditEntry;
import io.kerong.audit.AuditTrail;
import io.kerong.identity.Actor;
import io.kerong.identity.OrganizationType;
import io.kerong.identity.UserRole;
import io.kerong.rating.GradeBand;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Model storage on real PostgreSQL. Published drafts keep the default definition so other tests' grades hold. */
@SpringBootTest
@AutoConfigureMockMvc
class RatingModelsIntegrationTest {

    @Autowired RatingModels models;
    @Autowired DefaultModelInstaller installer;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    private static Actor operator() {
        return new Actor(1L, "operator", "王科员", 1L, OrganizationType.OPERATOR, "科技局", Set.of(UserRole.ORG_ADMIN));
    }

    @Test
    void theDefaultModelIsInstalledOnceAsPublishedVersionOneAndItsInstallationIsAudited() {
        installer.afterPropertiesSet();
        installer.afterPropertiesSet();
        RatingModel first = models.version(1).orElseThrow();
        assertThat(first.status()).isIn(ModelStatus.PUBLISHED, ModelStatus.RETIRED);
        assertThat(first.publishedAt()).isNotNull();
        assertThat(first.indicators()).hasSize(new ModelJson().defaultModel().indicators().size());
        assertThat(jdbc.sql("select count(*) from rating_model where version = 1").query(Long.class).single()).isOne();
        assertThat(audit.forSubject(JdbcRatingModels.SUBJECT, "1", 10)).extracting(AuditEntry::action)
                .contains("default-installed");
    }

    @Test
    void aDraftGetsTheNextVersionAndTheSourceDefinition() {
        RatingModel current = models.current();
        RatingModel draft = models.createDraft(operator(), current.version());
        RatingModel second = models.createDraft(operator(), current.version());
        assertThat(draft.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(draft.version()).isGreaterThan(current.version());
        assertThat(second.version()).isEqualTo(draft.version() + 1);
        assertThat(draft.indicators()).isEqualTo(current.indicators());
        assertThat(draft.publishedAt()).isNull();
        assertThat(audit.forSubject("rating.model", String.valueOf(draft.version()), 5)).extracting(AuditEntry::action)
                .containsExactly("draft-created");
    }

    @Test
    void aSavedDraftKeepsItsChangesAndTheAuditShowsBeforeAndAfter() {
        RatingModel draft = models.createDraft(operator(), models.current().version());
        List<GradeBand> grades = new ArrayList<>(draft.grades());
        GradeBand a = grades.getFirst();
        grades.set(0, new GradeBand(a.grade(), new BigDecimal("82.5"), a.creditLineMin(), a.creditLineMax()));
        RatingModel changed = new RatingModel(draft.id(), 999, ModelStatus.PUBLISHED, "收紧 A 级", draft.indicators(),
                draft.dimensionMax(), grades, draft.knockOuts(), draft.minimumPushGrade(), draft.endorsementRequired(), null);

        RatingModel saved = models.saveDraft(operator(), changed);

        assertThat(saved.version()).isEqualTo(draft.version());
        assertThat(saved.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(saved.name()).isEqualTo("收紧 A 级");
        assertThat(saved.grades().getFirst().minScore()).isEqualByComparingTo("82.5");
        AuditEntry entry = audit.forSubject("rating.model", String.valueOf(draft.version()), 1).getFirst();
        assertThat(entry.action()).isEqualTo("draft-saved");
        assertThat(entry.after()).contains("收紧 A 级", "82.5");
    }

    @Test
    void anInvalidDraftIsRejectedNamingEveryProblemAndNothingChanges() {
        RatingModel draft = models.createDraft(operator(), models.current().version());
        List<GradeBand> grades = new ArrayList<>(draft.grades());
        grades.set(1, new GradeBand(grades.get(1).grade(), new BigDecimal("90"), null, null));
        var indicators = new ArrayList<>(draft.indicators());
        indicators.add(indicators.getFirst());
        RatingModel broken = new RatingModel(draft.id(), draft.version(), ModelStatus.DRAFT, "", indicators,
                draft.dimensionMax(), grades, draft.knockOuts(), draft.minimumPushGrade(), true, null);

        assertThatThrownBy(() -> models.saveDraft(operator(), broken)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations().stream().map(Violation::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("name", "indicators[" + draft.indicators().size() + "].code", "grades[1].minScore", "grades[1]");
        assertThat(models.version(draft.version()).orElseThrow()).isEqualTo(draft);
    }

    @Test
    void publishingRetiresThePreviousModelAndIsAudited() {
        RatingModel previous = models.current();
        RatingModel draft = models.createDraft(operator(), previous.version());

        RatingModel published = models.publish(operator(), draft.id());

        assertThat(published.status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(models.current().version()).isEqualTo(draft.version());
        assertThat(models.version(previous.version()).orElseThrow().status()).isEqualTo(ModelStatus.RETIRED);
        assertThat(jdbc.sql("select count(*) from rating_model where status = 'PUBLISHED'").query(Long.class).single()).isOne();
        assertThat(audit.forSubject("rating.model", String.valueOf(draft.version()), 5)).extracting(AuditEntry::action)
                .containsExactly("published", "draft-created");
        assertThat(audit.forSubject("rating.model", String.valueOf(previous.version()), 1)).extracting(AuditEntry::action)
                .containsExactly("retired");
    }

    @Test
    void aPublishedModelCannotBeSavedOrPublishedAgain() {
        RatingModel current = models.current();
        assertThatThrownBy(() -> models.saveDraft(operator(), current)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations().getFirst().messageKey())
                .isEqualTo("rating.model.notDraft");
        assertThatThrownBy(() -> models.publish(operator(), current.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAPublishedModel() {
        long id = models.version(1).orElseThrow().id();
        assertThatThrownBy(() -> jdbc.sql("update rating_model set name = 'x' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("update rating_model set definition = '{}' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update rating_model set status = 'DRAFT', published_at = null where id = ?")
                .param(id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from rating_model where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
    }

    @Test
    void onlyTheOperatorChangesModels() {
        Actor bank = new Actor(2L, "bank", "李行长", 2L, OrganizationType.BANK, "银行", Set.of(UserRole.ORG_ADMIN));
        assertThatThrownBy(() -> models.createDraft(bank, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> models.publish(bank, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftFromAMissingVersionIsRejected() {
        assertThatThrownBy(() -> models.createDraft(operator(), 9999)).isInstanceOf(InvalidInputException.class);
    }
}
