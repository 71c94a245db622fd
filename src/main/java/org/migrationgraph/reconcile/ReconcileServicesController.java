package org.migrationgraph.reconcile;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.search.NameCandidates;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The manifest's preview, flyout and suggest services: what OpenRefine shows while a user picks a match. */
@RestController
class ReconcileServicesController {

    private static final int SUGGESTIONS = 10;
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final EntityRepository entities;
    private final NameCandidates candidates;
    private final Vocabulary vocabulary;

    ReconcileServicesController(EntityRepository entities, NameCandidates candidates, Vocabulary vocabulary) {
        this.entities = entities;
        this.candidates = candidates;
        this.vocabulary = vocabulary;
    }

    /** A small HTML card: name, kind, codes and description, with a link to the explorer. */
    @GetMapping(value = "/reconcile/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@RequestParam String id) {
        EntityView entity = entities.findByIds(List.of(id)).get(id);
        if (entity == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body("<p>No entity has the id " + escape(id) + ".</p>");
        }
        return ResponseEntity.ok().contentType(HTML).body("<html><body style=\"font-family:sans-serif;margin:8px\">"
                + card(entity) + "</body></html>");
    }

    /** The flyout the suggest widget shows beside an entity: the same card, as JSON. */
    @GetMapping("/reconcile/flyout/entity")
    Map<String, String> flyout(@RequestParam String id) {
        EntityView entity = entities.findByIds(List.of(id)).get(id);
        return Map.of("id", id, "html", entity == null ? "<p>No entity has the id " + escape(id) + ".</p>" : card(entity));
    }

    @GetMapping("/reconcile/suggest/entity")
    Map<String, Object> suggestEntity(@RequestParam String prefix, @RequestParam(required = false) String type) {
        List<String> kinds = type == null || type.isBlank() ? null : List.of(type);
        if (kinds != null) {
            vocabulary.requireKinds("type", kinds);
        }
        return Map.of("result", candidates.of(prefix, kinds, SUGGESTIONS).stream().map(c -> Map.of("id", c.entity().id(),
                "name", c.entity().name(), "description", c.entity().kind() + (c.entity().description() == null ? ""
                        : ": " + c.entity().description()))).toList());
    }

    @GetMapping("/reconcile/suggest/type")
    Map<String, Object> suggestType(@RequestParam String prefix) {
        String wanted = prefix.toLowerCase(Locale.ROOT).replace(" ", "");
        Map<String, String> names = ReconcileManifest.typeNames(vocabulary);
        return Map.of("result", vocabulary.kindMeanings().entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(wanted))
                .map(e -> Map.of("id", e.getKey(), "name", names.get(e.getKey()), "description", e.getValue()))
                .limit(SUGGESTIONS).toList());
    }

    @GetMapping("/reconcile/suggest/property")
    Map<String, Object> suggestProperty(@RequestParam String prefix) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        return Map.of("result", vocabulary.propertyKeyNames().stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(wanted))
                .map(k -> Map.of("id", k, "name", k)).limit(SUGGESTIONS).toList());
    }

    /** Only what HTML needs escaped (&lt; &gt; &amp; quotes): the page is UTF-8, so "Côte" stays as written. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String card(EntityView entity) {
        StringBuilder html = new StringBuilder("<div><strong>").append(escape(entity.name())).append("</strong> <em>")
                .append(escape(entity.kind())).append("</em><br><code>").append(escape(entity.id())).append("</code>");
        for (String code : List.of("iso3", "iso2", "m49")) {
            if (entity.properties().get(code) != null) {
                html.append(" · ").append(code).append(' ').append(escape(String.valueOf(entity.properties().get(code))));
            }
        }
        if (!entity.aliases().isEmpty()) {
            html.append("<br>Also: ").append(escape(String.join(", ", entity.aliases())));
        }
        if (entity.description() != null) {
            html.append("<p>").append(escape(entity.description())).append("</p>");
        }
        return html.append("</div>").toString();
    }
}
