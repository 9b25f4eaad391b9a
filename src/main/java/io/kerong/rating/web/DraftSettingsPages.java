package io.kerong.rating.web;

import io.kerong.identity.Actor;
import io.kerong.rating.RatingModel;
import io.kerong.rating.internal.editing.DraftEdits;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Saves the general settings and the knock-out rules of a draft. Saved: back to the model page. Rejected: the form
 * again with every error next to its field, nothing saved. Adding or removing a knock-out row only redraws the form.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class DraftSettingsPages {

    private final ModelLookup lookup;
    private final DraftSaver saver;
    private final ModelPages pages;

    DraftSettingsPages(ModelLookup lookup, DraftSaver saver, ModelPages pages) {
        this.lookup = lookup;
        this.saver = saver;
        this.pages = pages;
    }

    @PostMapping("/operator/rating/models/{version}/settings")
    String saveSettings(Actor actor, @PathVariable int version, @RequestParam MultiValueMap<String, String> form,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                        Model model, HttpServletResponse response) {
        RatingModel draft = lookup.draft(version);
        SettingsForm settings = SettingsForm.posted(form);
        FormReader reader = new FormReader(form);
        RatingModel changed = settings.applyTo(draft, reader);
        DraftSaver.Result result = saver.save(actor, changed, reader.violations(), settings.fields(),
                UnaryOperator.identity(), locale);
        if (result.ok()) {
            return saved(version, "settings", htmx, response);
        }
        return page(model, draft, settings, KnockOutForm.of(draft), result.errors(), FieldErrors.NONE, htmx,
                "settings", locale);
    }

    @PostMapping("/operator/rating/models/{version}/knock-outs")
    String saveKnockOuts(Actor actor, @PathVariable int version, @RequestParam MultiValueMap<String, String> form,
                         @RequestParam(defaultValue = "save") String action,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
                         Model model, HttpServletResponse response) {
        RatingModel draft = lookup.draft(version);
        KnockOutForm knockOuts = KnockOutForm.posted(form);
        if (action.equals("add")) {
            return page(model, draft, SettingsForm.of(draft), knockOuts.withRowAdded(), FieldErrors.NONE,
                    FieldErrors.NONE, htmx, "knockouts", locale);
        }
        if (action.startsWith("remove-")) {
            return page(model, draft, SettingsForm.of(draft), knockOuts.withRowRemoved(index(action)),
                    FieldErrors.NONE, FieldErrors.NONE, htmx, "knockouts", locale);
        }
        RatingModel changed = DraftEdits.knockOuts(draft, knockOuts.toKnockOuts());
        DraftSaver.Result result = saver.save(actor, changed, List.of(), knockOuts.fields(),
                UnaryOperator.identity(), locale);
        if (result.ok()) {
            return saved(version, "knockouts", htmx, response);
        }
        return page(model, draft, SettingsForm.of(draft), knockOuts, FieldErrors.NONE, result.errors(), htmx,
                "knockouts", locale);
    }

    /** Back to the model page, which says what was saved; htmx is told to load it as a whole. */
    static String saved(int version, String part, String htmx, HttpServletResponse response) {
        String target = "/operator/rating/models/" + version + "?saved=" + part;
        if (htmx != null) {
            response.setHeader("HX-Redirect", ServletUriComponentsBuilder.fromCurrentContextPath().path(target)
                    .build().toUriString());
            return "rating/indicator-form :: empty";
        }
        return "redirect:" + target;
    }

    private String page(Model model, RatingModel draft, SettingsForm settings, KnockOutForm knockOuts,
                        FieldErrors settingsErrors, FieldErrors knockOutErrors, String htmx, String fragment,
                        Locale locale) {
        pages.page(model, draft, locale);
        model.addAttribute("settings", settings);
        model.addAttribute("knockOuts", knockOuts);
        model.addAttribute("settingsErrors", settingsErrors);
        model.addAttribute("knockOutErrors", knockOutErrors);
        return htmx != null ? "rating/model :: " + fragment : "rating/model";
    }

    private static int index(String action) {
        try {
            return Integer.parseInt(action.substring("remove-".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
