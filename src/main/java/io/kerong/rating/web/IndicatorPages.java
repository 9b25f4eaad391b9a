package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.Indicator;
import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import io.kerong.rating.internal.editing.DraftEdits;
import io.kerong.rating.internal.editing.IndicatorCatalog;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator table of a model page, one indicator at a time (htmx fragments): the table filtered by text,
 * dimension, department and status; one indicator's scoring form (read-only for a published model); saving it;
 * disabling (停用) and enabling (启用) an indicator. Every save validates the whole draft; a rejected one changes nothing.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class IndicatorPages {

    private static final String TABLE = "rating/model :: indicator-table";
    private static final String FORM = "rating/indicator-form :: indicator-form";

    private final ModelLookup lookup;
    private final IndicatorCatalog catalog;
    private final DraftSaver saver;
    private final ModelPages pages;

    IndicatorPages(ModelLookup lookup, IndicatorCatalog catalog, DraftSaver saver, ModelPages pages) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.saver = saver;
        this.pages = pages;
    }

    @GetMapping("/operator/rating/models/{version}/indicators")
    String table(@PathVariable int version, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String dimension, @RequestParam(required = false) String department,
                 @RequestParam(required = false) String status, Locale locale, Model model) {
        return table(model, lookup.byVersion(version), IndicatorTable.Filter.of(q, dimension, department, status),
                null, List.of(), locale);
    }

    @GetMapping("/operator/rating/models/{version}/indicators/{code}")
    String form(@PathVariable int version, @PathVariable String code, Model model) {
        RatingModel shown = lookup.byVersion(version);
        return form(model, shown, IndicatorForm.of(indicator(shown, code)), FieldErrors.NONE);
    }

    @PostMapping("/operator/rating/models/{version}/indicators/{code}")
    String save(Actor actor, @PathVariable int version, @PathVariable String code,
                @RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "save") String action,
                Locale locale, Model model, HttpServletResponse response) {
        RatingModel draft = lookup.draft(version);
        Indicator indicator = draft.indicator(code).orElseThrow(() -> notFound(code));
        IndicatorForm posted = IndicatorForm.posted(indicator, form);
        if (action.equals("addBin")) {
            return form(model, draft, posted.withBinAdded(), FieldErrors.NONE);
        }
        if (action.startsWith("removeBin-")) {
            return form(model, draft, posted.withBinRemoved(index(action)), FieldErrors.NONE);
        }
        FormReader reader = new FormReader(form);
        RatingModel changed = DraftEdits.replace(draft, posted.toIndicator(reader));
        int position = DraftEdits.position(draft, code);
        DraftSaver.Result result = saver.save(actor, changed, reader.violations(), posted.fields(),
                field -> IndicatorForm.rename(field, position), locale);
        if (!result.ok()) {
            return form(model, draft, posted, result.errors());
        }
        retargetToTable(response);
        return table(model, result.saved(), filter(form), "ratingmodel.indicator.saved", List.of(code), locale);
    }

    @PostMapping("/operator/rating/models/{version}/indicators/{code}/disable")
    String disable(Actor actor, @PathVariable int version, @PathVariable String code,
                   @RequestParam MultiValueMap<String, String> form, Locale locale, Model model) {
        RatingModel draft = lookup.draft(version);
        draft.indicator(code).orElseThrow(() -> notFound(code));
        return toggled(actor, draft, DraftEdits.disable(draft, code), form, "ratingmodel.indicator.disabled", code,
                locale, model);
    }

    @PostMapping("/operator/rating/models/{version}/indicators/{code}/enable")
    String enable(Actor actor, @PathVariable int version, @PathVariable String code,
                  @RequestParam MultiValueMap<String, String> form, Locale locale, Model model) {
        RatingModel draft = lookup.draft(version);
        Indicator indicator = catalog.all().get(code);
        if (indicator == null) {
            throw notFound(code);
        }
        return toggled(actor, draft, DraftEdits.enable(draft, indicator), form, "ratingmodel.indicator.enabled", code,
                locale, model);
    }

    private String toggled(Actor actor, RatingModel draft, RatingModel changed, MultiValueMap<String, String> form,
                           String message, String code, Locale locale, Model model) {
        DraftSaver.Result result = saver.save(actor, changed, List.of(), Set.of(), f -> null, locale);
        if (result.ok()) {
            return table(model, result.saved(), filter(form), message, List.of(code), locale);
        }
        model.addAttribute("tableErrors", result.errors());
        return table(model, draft, filter(form), null, List.of(code), locale);
    }

    private String table(Model model, RatingModel shown, IndicatorTable.Filter filter, String message,
                         List<String> messageArgs, Locale locale) {
        model.addAttribute("ratingModel", shown);
        model.addAttribute("editable", shown.status() == ModelStatus.DRAFT);
        model.addAttribute("table", pages.table(shown, filter, locale));
        model.addAttribute("tableMessage", message);
        model.addAttribute("tableMessageArgs", messageArgs);
        if (!model.containsAttribute("tableErrors")) {
            model.addAttribute("tableErrors", FieldErrors.NONE);
        }
        return TABLE;
    }

    private String form(Model model, RatingModel shown, IndicatorForm form, FieldErrors errors) {
        model.addAttribute("ratingModel", shown);
        model.addAttribute("editable", shown.status() == ModelStatus.DRAFT);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        return FORM;
    }

    private static IndicatorTable.Filter filter(MultiValueMap<String, String> form) {
        return IndicatorTable.Filter.of(form.getFirst("q"), form.getFirst("dimension"), form.getFirst("department"),
                form.getFirst("status"));
    }

    /** A saved indicator redraws the whole table (its totals changed), not just the form the request came from. */
    private static void retargetToTable(HttpServletResponse response) {
        response.setHeader("HX-Retarget", "#indicator-table");
        response.setHeader("HX-Reswap", "outerHTML");
    }

    private static Indicator indicator(RatingModel model, String code) {
        return model.indicator(code).orElseThrow(() -> notFound(code));
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no indicator " + code);
    }

    private static int index(String action) {
        try {
            return Integer.parseInt(action.substring(action.indexOf('-') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
