package io.kerong.rating.internal.editing;

import io.kerong.rating.Indicator;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.ModelJson;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every indicator the platform knows (指标目录): those of every stored model version, newest version first, and those of
 * the bundled default model. An indicator disabled in a draft is simply left out of it; enabling it again takes its
 * definition from here, as the newest version that had it defined it.
 */
@Component
public class IndicatorCatalog {

    private final RatingModels models;
    private final RatingModel bundled = new ModelJson().defaultModel();

    IndicatorCatalog(RatingModels models) {
        this.models = models;
    }

    /** Indicators by code, in the order of the newest model that has them. */
    public Map<String, Indicator> all() {
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        for (RatingModel model : models.all()) {
            model.indicators().forEach(indicator -> catalog.putIfAbsent(indicator.code(), indicator));
        }
        bundled.indicators().forEach(indicator -> catalog.putIfAbsent(indicator.code(), indicator));
        return catalog;
    }

    /** The catalog's indicators that the model leaves out: the ones disabled in it. */
    public List<Indicator> disabledIn(RatingModel model) {
        return notIn(model, all().values());
    }

    static List<Indicator> notIn(RatingModel model, Collection<Indicator> catalog) {
        return catalog.stream().filter(indicator -> model.indicator(indicator.code()).isEmpty()).toList();
    }
}
