package org.migrationgraph.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The service manifest OpenRefine reads when a user adds the service: what ids and types mean
 * (the JSON-LD export's IRIs and vocabulary), where to view and preview an entity, and the
 * suggest services.
 */
@Component
class ReconcileManifest {

    private final Vocabulary vocabulary;

    ReconcileManifest(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Map<String, Object> of(String base) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("versions", List.of("0.2"));
        manifest.put("name", "migration-graph: migration governance entities");
        manifest.put("identifierSpace", base + "/id/");
        manifest.put("schemaSpace", base + "/vocab#");
        manifest.put("documentation", base + "/graphiql");
        manifest.put("defaultTypes", typeNames(vocabulary).entrySet().stream()
                .map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList());
        manifest.put("view", Map.of("url", base + "/?id={{id}}"));
        manifest.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 430, "height", 160));
        String service = base + "/reconcile";
        manifest.put("suggest", Map.of(
                "entity", Map.of("service_url", service, "service_path", "/suggest/entity", "flyout_service_path", "/flyout/entity?id=${id}"),
                "type", Map.of("service_url", service, "service_path", "/suggest/type"),
                "property", Map.of("service_url", service, "service_path", "/suggest/property")));
        return manifest;
    }

    /** Each kind's readable name: "MemberState" reads "Member State". */
    static Map<String, String> typeNames(Vocabulary vocabulary) {
        Map<String, String> names = new LinkedHashMap<>();
        vocabulary.kindMeanings().keySet().forEach(kind -> names.put(kind, kind.replaceAll("(?<=[a-z])(?=[A-Z])", " ")));
        return names;
    }
}
