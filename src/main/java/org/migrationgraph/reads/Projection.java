package org.migrationgraph.reads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * What a query needs of the entities and relationships it lists: all their stored properties,
 * or only what every row carries (id, kind, name, aliases; a relationship's id). Reading and
 * converting every description and citation quote was most of a large neighbourhood's cost when
 * a drawing asked for ids and names only (docs/benchmarks.md). Any field outside the row fields
 * asks for everything, so a new field can never be answered from a partial row.
 */
public record Projection(boolean fullNodes, boolean fullEdges) {

    public static final Projection FULL = new Projection(true, true);

    /** Entity fields answered from the row alone, or (relations, mentionedIn) from its id by a DataLoader. */
    private static final Set<String> NODE_ROW_FIELDS = Set.of("__typename", "id", "name", "kind", "kinds", "aliases",
            "relations", "mentionedIn");
    /** Edge fields answered without the relationship's properties. */
    private static final Set<String> EDGE_ROW_FIELDS = Set.of("__typename", "id", "type", "source", "target", "direction",
            "cursor", "node");
    private static final List<Projection> ALL = List.of(FULL, new Projection(true, false), new Projection(false, true),
            new Projection(false, false));

    /** From the selection: the entities at any of {@code nodePaths}, the relationships at {@code edgePath}. */
    public static Projection of(DataFetchingFieldSelectionSet selection, String edgePath, String... nodePaths) {
        boolean nodes = false;
        for (String path : nodePaths) {
            nodes |= needsMore(selection, path, NODE_ROW_FIELDS);
        }
        return new Projection(nodes, edgePath != null && needsMore(selection, edgePath, EDGE_ROW_FIELDS));
    }

    /** Walks the path by name rather than with getFields(glob), which compiles a pattern per call. */
    private static boolean needsMore(DataFetchingFieldSelectionSet selection, String path, Set<String> rowFields) {
        List<SelectedField> level = selection.getImmediateFields();
        for (String name : path.split("/")) {
            level = level.stream().filter(f -> f.getName().equals(name))
                    .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
        }
        return level.stream().anyMatch(field -> !rowFields.contains(field.getName()));
    }

    /** One statement per projection, made once from a fixed template: a request only chooses among them. */
    public static Map<Projection, String> statements(Function<Projection, String> template) {
        Map<Projection, String> statements = new LinkedHashMap<>();
        ALL.forEach(p -> statements.put(p, template.apply(p)));
        return Map.copyOf(statements);
    }

    /**
     * A template's {@code {{nodeProperties}}} and {@code {{edgeProperties}}} filled with the
     * properties of its entity and relationship variables.
     */
    public String fill(String template, String entityVariable, String relationshipVariable) {
        return CypherTemplate.fill(template, Map.of("nodeProperties", nodeProperties(entityVariable),
                "edgeProperties", edgeProperties(relationshipVariable)));
    }

    /** The Cypher expression for an entity variable's properties. */
    public String nodeProperties(String variable) {
        return fullNodes ? "properties(" + variable + ")" : variable + " {.id, .kind, .name, .aliases}";
    }

    /** The Cypher expression for a relationship variable's properties. */
    public String edgeProperties(String variable) {
        return fullEdges ? "properties(" + variable + ")" : variable + " {.id}";
    }
}
