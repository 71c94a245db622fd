package org.migrationgraph.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The spec's schemas, as loaded for the tests, accept what the spec allows and refuse what it does not. */
class ReconcileSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void aResultBatchNeedsAnIdANameAndAScoreForEachCandidate() {
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.RESULT_BATCH, json("""
                {"q0": {"result": [{"id": "state:GBR", "name": "United Kingdom", "score": 100, "match": true,
                                    "type": [{"id": "MemberState", "name": "Member State"}]}]}}
                """))).isEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.RESULT_BATCH, json("""
                {"q0": {"result": [{"id": "state:GBR", "score": "high"}]}}
                """))).anySatisfy(p -> assertThat(p).contains("name"))
                .anySatisfy(p -> assertThat(p).contains("score"));
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.RESULT_BATCH, json("{\"q0\": {}}"))).isNotEmpty();
    }

    @Test
    void aManifestNeedsItsVersionsNameAndSpacesAndAViewTemplateWithTheId() {
        String valid = """
                {"versions": ["0.2"], "name": "n", "identifierSpace": "http://x/id/", "schemaSpace": "http://x/kinds/",
                 "view": {"url": "http://x/?id={{id}}"}}
                """;
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.MANIFEST, json(valid))).isEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.MANIFEST, json(valid.replace("{{id}}", "ID")))).isNotEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.MANIFEST, json(valid.replace("\"0.2\"", "\"0.1\"")))).isNotEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.MANIFEST, json(valid.replace("\"identifierSpace\"", "\"idSpace\"")))).isNotEmpty();
    }

    @Test
    void suggestAnswersNeedAResultListOfIdsAndNames() {
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.SUGGEST_ENTITIES, json("{\"result\": [{\"id\": \"state:PHL\", \"name\": \"Philippines\"}]}"))).isEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.SUGGEST_ENTITIES, json("{\"result\": [{\"id\": \"state:PHL\"}]}"))).isNotEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.SUGGEST_TYPES, json("{\"result\": [{\"id\": \"MemberState\", \"name\": \"Member State\"}]}"))).isEmpty();
        assertThat(ReconcileSchemas.problems(ReconcileSchemas.SUGGEST_PROPERTIES, json("{\"result\": [{\"name\": \"iso3\"}]}"))).isNotEmpty();
    }
}
