package org.migrationgraph.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/**
 * What the Reconciliation Service API 0.2 requires of each answer (its manifest,
 * reconciliation-result-batch and suggest-*-response schemas): required members and their JSON
 * types, written from the spec's text. The schema files themselves are not published on Maven
 * Central, and are not copied into this project.
 */
final class ReconcileShapes {

    private ReconcileShapes() {
    }

    static void requireManifest(JsonNode manifest) {
        assertThat(manifest.path("versions").isArray()).as("versions").isTrue();
        assertThat(manifest.path("name").isString()).as("name").isTrue();
        assertThat(manifest.path("identifierSpace").isString()).as("identifierSpace").isTrue();
        assertThat(manifest.path("schemaSpace").isString()).as("schemaSpace").isTrue();
        manifest.path("defaultTypes").forEach(ReconcileShapes::requireType);
        assertThat(manifest.path("view").path("url").isString()).as("view.url").isTrue();
        assertThat(manifest.path("preview").path("url").isString()).as("preview.url").isTrue();
        assertThat(manifest.path("preview").path("width").isInt()).as("preview.width").isTrue();
        assertThat(manifest.path("preview").path("height").isInt()).as("preview.height").isTrue();
        for (String service : new String[] {"entity", "type", "property"}) {
            assertThat(manifest.path("suggest").path(service).path("service_url").isString()).as("suggest." + service).isTrue();
        }
    }

    static void requireResult(String key, JsonNode result) {
        assertThat(result.path("result").isArray()).as(key + ".result").isTrue();
        for (JsonNode candidate : result.path("result")) {
            assertThat(candidate.path("id").isString()).as(key + " candidate id").isTrue();
            assertThat(candidate.path("name").isString()).as(key + " candidate name").isTrue();
            assertThat(candidate.path("score").isNumber()).as(key + " candidate score").isTrue();
            assertThat(candidate.path("match").isBoolean()).as(key + " candidate match").isTrue();
            assertThat(candidate.path("type").isArray()).as(key + " candidate type").isTrue();
            candidate.path("type").forEach(ReconcileShapes::requireType);
        }
    }

    static void requireSuggestions(JsonNode answer) {
        assertThat(answer.path("result").isArray()).as("result").isTrue();
        answer.path("result").forEach(item -> {
            assertThat(item.path("id").isString()).as("suggestion id").isTrue();
            assertThat(item.path("name").isString()).as("suggestion name").isTrue();
        });
    }

    private static void requireType(JsonNode type) {
        assertThat(type.path("id").isString()).as("type id").isTrue();
        assertThat(type.path("name").isString()).as("type name").isTrue();
    }
}
