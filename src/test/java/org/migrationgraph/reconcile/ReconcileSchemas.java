package org.migrationgraph.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;

/**
 * Checks answers and requests against the Reconciliation Service API 0.2's own JSON schemas
 * (src/test/resources/reconcile/spec-0.2, with their licence in NOTICE.md). The schemas name
 * each other by their published addresses, which are mapped to the copies on the class path so
 * that nothing is fetched; they declare "the current draft", read here as draft 7 (the newest
 * when the schemas were written, with the `contains` keyword the manifest uses).
 */
final class ReconcileSchemas {

    private static final String PUBLISHED = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    /** What the schemas declare as their draft: JSON Schema's address for "the current draft". */
    private static final String CURRENT_DRAFT = "http://json-schema.org/schema#";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialects(
            List.of(Dialects.getDraft7(), Dialect.builder(CURRENT_DRAFT, Dialects.getDraft7()).build()),
            registry -> registry.defaultDialectId(Dialects.getDraft7().getId())
                    .schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED, "classpath:reconcile/spec-0.2/")));

    static final String MANIFEST = "manifest.json";
    static final String QUERY_BATCH = "reconciliation-query-batch.json";
    static final String RESULT_BATCH = "reconciliation-result-batch.json";
    static final String SUGGEST_ENTITIES = "suggest-entities-response.json";
    static final String SUGGEST_TYPES = "suggest-types-response.json";
    static final String SUGGEST_PROPERTIES = "suggest-properties-response.json";

    private ReconcileSchemas() {
    }

    /** What the schema finds wrong with the document: empty when it is valid. */
    static List<String> problems(String schema, JsonNode document) {
        Schema loaded = REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + schema));
        return loaded.validate(document).stream().map(Error::toString).toList();
    }

    static void require(String schema, JsonNode document) {
        assertThat(problems(schema, document)).as(schema + " against " + document).isEmpty();
    }
}
