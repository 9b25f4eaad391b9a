package io.kerong.rating.internal.departmentdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.identity.Actor;
import io.kerong.rating.DataBatch;
import io.kerong.rating.DataBatchRejectedException;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.Dimension;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published model that leaves an indicator out does not make the departments' deliveries of it wrong: they are kept.
 * Runs in a context (and a database) of its own, since it publishes a smaller model.
 */
@SpringBootTest(properties = "spring.application.name=kerong-delivery-outside-model")
class DeliveryOutsideThePublishedModelIntegrationTest {

    private static final Actor OPERATOR = EnterpriseFixture.operator();
    private static final String LEFT_OUT = "MR_ANNUAL_REPORT_ON_TIME";

    @Autowired RatingModels models;
    @Autowired DepartmentData data;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void anIndicatorLeftOutOfThePublishedModelIsStillAcceptedAndAnUnknownOneIsNot() {
        publishWithout(LEFT_OUT);
        assertThat(models.current().indicator(LEFT_OUT)).isEmpty();
        EnterpriseFixture company = EnterpriseFixture.chengduSoftwareCompany();
        long enterpriseId = company.importedBy(registry).id();
        String lastYear = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1);

        DataBatch batch = data.receive(OPERATOR, "OUTSIDE-MODEL-1", Department.MARKET_REGULATION,
                List.of(new DeliveredValue(company.uscc(), LEFT_OUT, lastYear, "是")));

        assertThat(batch.rows()).isEqualTo(1);
        assertThat(jdbc.sql("select number from rating_indicator_value where enterprise_id = ? and indicator_code = ?")
                .params(enterpriseId, LEFT_OUT).query(BigDecimal.class).single()).isEqualByComparingTo("1");
        DataBatchRejectedException rejected = catchThrowableOfType(DataBatchRejectedException.class, () ->
                data.receive(OPERATOR, "OUTSIDE-MODEL-2", Department.MARKET_REGULATION,
                        List.of(new DeliveredValue(company.uscc(), "MR_NO_SUCH_INDICATOR", lastYear, "1"))));
        assertThat(rejected.violations()).extracting(Violation::messageKey)
                .containsExactly("ratingdata.indicator.unknown");
    }

    private void publishWithout(String code) {
        RatingModel draft = models.createDraft(OPERATOR, models.current().version());
        BigDecimal points = draft.indicator(code).orElseThrow().scoring().maxPoints();
        EnumMap<Dimension, BigDecimal> maxima = new EnumMap<>(draft.dimensionMax());
        Dimension dimension = draft.indicator(code).orElseThrow().dimension();
        maxima.put(dimension, maxima.get(dimension).subtract(points));
        RatingModel smaller = new RatingModel(draft.id(), draft.version(), draft.status(), draft.name(),
                draft.indicators().stream().filter(i -> !i.code().equals(code)).toList(), maxima, draft.grades(),
                draft.knockOuts(), draft.minimumPushGrade(), draft.endorsementRequired(), null);
        models.publish(OPERATOR, models.saveDraft(OPERATOR, smaller).id());
    }
}
