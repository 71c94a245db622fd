package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.support.ConnectionFields;

/**
 * What a query's selection asks of Entity.relations: the projection of its edges and their
 * entities, whether it asks for totalCount, and whether for the page at all.
 */
record RelationSelection(Projection projection, boolean counted, boolean paged) {

    /**
     * Worked out once per request for each relations field of the query, not once per entity: a
     * page of 20 States asking for their relations built graphql-java's selection set (every
     * sub-field's path, and a glob pattern compiled for contains) 20 times, about a tenth of the
     * request's allocations (docs/benchmarks.md). The key is every query field merged into this
     * one, so aliases, and fragments that ask other fields for other entity types, get their own.
     */
    static RelationSelection of(DataFetchingEnvironment env) {
        Map<List<Field>, RelationSelection> known = env.getGraphQlContext().computeIfAbsent(RelationSelection.class,
                key -> new ConcurrentHashMap<List<Field>, RelationSelection>());
        return known.computeIfAbsent(env.getMergedField().getFields(), fields -> of(env.getSelectionSet()));
    }

    static RelationSelection of(DataFetchingFieldSelectionSet selection) {
        return new RelationSelection(Projection.of(selection, "edges", "edges/node"), selection.contains("totalCount"),
                ConnectionFields.pageAsked(selection));
    }
}
