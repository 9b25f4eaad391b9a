package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.Department;
import io.kerong.rating.Dimension;
import io.kerong.rating.Grade;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.internal.editing.IndicatorCatalog;
import io.kerong.rating.Indicator;
import io.kerong.shared.Timestamps;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The operator's rating models (评价模型): every version with its status, a draft copied from any version, and the
 * model page: the editor for a draft, a read-only view of a published or retired model.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ModelPages {

    private final RatingModels models;
    private final ModelLookup lookup;
    private final IndicatorCatalog catalog;
    private final MessageSource messages;

    ModelPages(RatingModels models, ModelLookup lookup, IndicatorCatalog catalog, MessageSource messages) {
        this.models = models;
        this.lookup = lookup;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/operator/rating/models")
    String list(Model model) {
        model.addAttribute("models", models.all().stream().map(ModelRow::of).toList());
        return "rating/models";
    }

    /** One line of the version list; the publication time in the platform's zone (the database gives it at UTC). */
    record ModelRow(int version, String name, ModelStatus status, OffsetDateTime publishedAt, int indicators) {

        static ModelRow of(RatingModel model) {
            return new ModelRow(model.version(), model.name(), model.status(), Timestamps.local(model.publishedAt()),
                    model.indicators().size());
        }
    }

    @PostMapping("/operator/rating/models/{version}/drafts")
    String createDraft(Actor actor, @PathVariable int version) {
        RatingModel draft = models.createDraft(actor, lookup.byVersion(version).version());
        return "redirect:/operator/rating/models/" + draft.version();
    }

    @GetMapping("/operator/rating/models/{version}")
    String show(@PathVariable int version, Locale locale, Model model) {
        RatingModel shown = lookup.byVersion(version);
        page(model, shown, locale);
        model.addAttribute("settings", SettingsForm.of(shown));
        model.addAttribute("knockOuts", KnockOutForm.of(shown));
        model.addAttribute("settingsErrors", FieldErrors.NONE);
        model.addAttribute("knockOutErrors", FieldErrors.NONE);
        return "rating/model";
    }

    /** What every part of the model page needs besides its forms. */
    void page(Model model, RatingModel shown, Locale locale) {
        model.addAttribute("ratingModel", shown);
        model.addAttribute("editable", shown.status() == ModelStatus.DRAFT);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("grades", Grade.values());
        List<Indicator> disabled = disabledIn(shown);
        model.addAttribute("departments", Arrays.stream(Department.values())
                .filter(d -> Stream.concat(shown.indicators().stream(), disabled.stream())
                        .anyMatch(i -> i.department() == d)).toList());
        model.addAttribute("table", IndicatorTable.of(shown, disabled, IndicatorTable.Filter.of(null, null, null, null),
                yes(locale), no(locale)));
    }

    IndicatorTable table(RatingModel shown, IndicatorTable.Filter filter, Locale locale) {
        return IndicatorTable.of(shown, disabledIn(shown), filter, yes(locale), no(locale));
    }

    /** A draft lists the catalog's indicators it leaves out, to enable them again; a frozen model only its own. */
    private List<Indicator> disabledIn(RatingModel shown) {
        return shown.status() == ModelStatus.DRAFT ? catalog.disabledIn(shown) : List.of();
    }

    private String yes(Locale locale) {
        return messages.getMessage("ratingmodel.yes", null, locale);
    }

    private String no(Locale locale) {
        return messages.getMessage("ratingmodel.no", null, locale);
    }
}
