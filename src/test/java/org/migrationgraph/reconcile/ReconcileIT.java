package org.migrationgraph.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /reconcile as OpenRefine uses it: the manifest, a form-encoded batch, types, property
 * conditions, JSONP, preview and suggest; every answer checked against the spec's own JSON schemas
 * (version 0.2, {@link ReconcileSchemas}); a batch recorded in the form OpenRefine posts it; and
 * precision at rank 1 on the name variants of
 * src/test/resources/reconcile/variants.tsv (former names, abbreviations, accents, typos).
 */
class ReconcileIT extends GraphIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET());
    }

    /** As OpenRefine sends a batch: POST, application/x-www-form-urlencoded, the batch in the 'queries' field. */
    private JsonNode reconcile(Map<String, Object> queries) {
        return reconcile("queries=" + URLEncoder.encode(JSON.writeValueAsString(queries), StandardCharsets.UTF_8));
    }

    private JsonNode reconcile(String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body());
        ReconcileSchemas.require(ReconcileSchemas.RESULT_BATCH, results);
        return results;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theManifestSaysWhatIdsAndTypesAreAndWhereTheServicesAre() {
        JsonNode manifest = JSON.readTree(get("/reconcile").body());

        ReconcileSchemas.require(ReconcileSchemas.MANIFEST, manifest);
        assertThat(manifest.path("identifierSpace").asString()).endsWith("/id/");
        assertThat(manifest.path("view").path("url").asString()).contains("{{id}}");
        assertThat(manifest.path("defaultTypes").toString()).contains("\"id\":\"MemberState\"", "\"name\":\"Member State\"");
        assertThat(get("/reconcile?callback=jsonp42").body()).startsWith("/**/jsonp42({").endsWith("});");
    }

    @Test
    void anOpenRefineBatchReconcilesTheSpreadsheetColumn() {
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("q0", Map.of("query", "UK", "type", "MemberState", "type_strict", "should"));
        queries.put("q1", Map.of("query", "Cote d'Ivoire"));
        queries.put("q2", Map.of("query", "IOM"));
        queries.put("q3", Map.of("query", "the Compact", "limit", 3));
        JsonNode results = reconcile(queries);

        assertThat(best(results, "q0")).isEqualTo("state:GBR");
        assertThat(results.path("q0").path("result").get(0).path("match").asBoolean()).isTrue();
        assertThat(results.path("q0").path("result").get(0).path("type").get(0).path("id").asString()).isEqualTo("MemberState");
        assertThat(best(results, "q1")).isEqualTo("state:CIV");
        assertThat(best(results, "q2")).isEqualTo("org:iom");
        assertThat(best(results, "q3")).isEqualTo("framework:gcm");
        assertThat(results.path("q3").path("result").size()).isLessThanOrEqualTo(3);
    }

    /**
     * The body as OpenRefine posts it (its standard reconciliation config: the batch form-encoded in
     * 'queries', type_strict "should", the column's other cells as property values), recorded
     * in src/test/resources/reconcile/openrefine-batch.form; the request itself is checked
     * against the spec's query schema, so the recording cannot drift from what a client may send.
     */
    @Test
    void aRecordedOpenRefineRequestIsValidAndReconcilesItsColumn() throws IOException {
        String form = Files.readString(Path.of("src/test/resources/reconcile/openrefine-batch.form")).strip();
        ReconcileSchemas.require(ReconcileSchemas.QUERY_BATCH,
                JSON.readTree(java.net.URLDecoder.decode(form.substring("queries=".length()), StandardCharsets.UTF_8)));

        JsonNode results = reconcile(form);

        assertThat(List.of(best(results, "q0"), best(results, "q1"), best(results, "q2"), best(results, "q3")))
                .containsExactly("state:GBR", "state:CIV", "org:iom", "state:TUR");
    }

    @Test
    void propertyValuesDecideBetweenNamesThatAreAlike() {
        JsonNode results = reconcile(Map.of("q0", Map.of("query", "Korea", "type", "MemberState",
                "properties", List.of(Map.of("pid", "iso3", "v", "PRK")))));
        assertThat(best(results, "q0")).isEqualTo("state:PRK");
    }

    @Test
    void previewAndSuggestServicesAnswer() {
        HttpResponse<String> preview = get("/reconcile/preview?id=state:CIV");
        assertThat(preview.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(preview.body()).contains("Côte d&#39;Ivoire", "CIV", "Ivory Coast");
        assertThat(get("/reconcile/preview?id=state:QQQ").statusCode()).isEqualTo(404);
        JsonNode entities = JSON.readTree(get("/reconcile/suggest/entity?prefix=Phil").body());
        ReconcileSchemas.require(ReconcileSchemas.SUGGEST_ENTITIES, entities);
        assertThat(entities.path("result").get(0).path("id").asString()).isEqualTo("state:PHL");
        JsonNode types = JSON.readTree(get("/reconcile/suggest/type?prefix=member").body());
        ReconcileSchemas.require(ReconcileSchemas.SUGGEST_TYPES, types);
        assertThat(types.toString()).contains("\"id\":\"MemberState\"");
        JsonNode properties = JSON.readTree(get("/reconcile/suggest/property?prefix=iso").body());
        ReconcileSchemas.require(ReconcileSchemas.SUGGEST_PROPERTIES, properties);
        assertThat(properties.toString()).contains("\"id\":\"iso3\"", "\"id\":\"iso2\"");
    }

    @Test
    void badBatchesAreRefusedWithACodeAndAFix() {
        HttpResponse<String> notJson = get("/reconcile?queries=" + URLEncoder.encode("{q0:", StandardCharsets.UTF_8));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("BAD_USER_INPUT", "JSON object of named queries");
        HttpResponse<String> unknownType = get("/reconcile?queries=" + URLEncoder.encode(
                "{\"q0\": {\"query\": \"UK\", \"type\": \"MemberStates\"}}", StandardCharsets.UTF_8));
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("MemberState");
        assertThat(get("/reconcile?callback=" + URLEncoder.encode("alert(1)", StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
    }

    @Test
    void precisionAtRankOneOnNameVariants() throws IOException {
        List<String[]> variants = Files.readAllLines(Path.of("src/test/resources/reconcile/variants.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        int right = 0;
        int matched = 0;
        int matchedRight = 0;
        List<String> misses = new ArrayList<>();
        for (int start = 0; start < variants.size(); start += ReconcileController.MAX_QUERIES) {
            Map<String, Object> batch = new LinkedHashMap<>();
            List<String[]> slice = variants.subList(start, Math.min(variants.size(), start + ReconcileController.MAX_QUERIES));
            for (int i = 0; i < slice.size(); i++) {
                batch.put("q" + i, Map.of("query", slice.get(i)[0], "limit", 3));
            }
            JsonNode results = reconcile(batch);
            for (int i = 0; i < slice.size(); i++) {
                JsonNode top = results.path("q" + i).path("result").path(0);
                boolean correct = slice.get(i)[1].equals(top.path("id").asString(""));
                right += correct ? 1 : 0;
                matched += top.path("match").asBoolean(false) ? 1 : 0;
                matchedRight += correct && top.path("match").asBoolean(false) ? 1 : 0;
                if (!correct) {
                    misses.add(slice.get(i)[0] + " (" + slice.get(i)[2] + "): expected " + slice.get(i)[1] + ", got "
                            + top.path("id").asString("nothing") + " " + top.path("score").asDouble(0));
                }
            }
        }
        String report = "Reconciliation on %d name variants: precision at rank 1 %.3f (%d right); %d sure matches, %d of them right%nMisses:%n  %s%n"
                .formatted(variants.size(), (double) right / variants.size(), right, matched, matchedRight, String.join("\n  ", misses));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "reconcile-evaluation.txt"), report);
        System.out.println(report);
        assertThat(variants.size()).isGreaterThanOrEqualTo(100);
        assertThat((double) right / variants.size()).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(matchedRight).as("a sure match is right: " + report).isEqualTo(matched);
    }

    private static String best(JsonNode results, String key) {
        return results.path(key).path("result").path(0).path("id").asString("");
    }
}
