package org.migrationgraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * A node's degree per relation type and direction, as Neo4j's own degree lookups give it (kept
 * per type for a node of many relations, counted along the few of any other): what a relation
 * page needs for its totalCount and to tell which types a hub has. Written in Cypher that is one {@code COUNT { (n)-[:TYPE]->() }} per declared
 * type and direction: with the seed's 35 types, 140 of them, and the first request of each page
 * shape after a start took 1.1 s, against 0.2-0.35 s with this function (docs/benchmarks.md,
 * "Relation degrees from a function"). A function of the embedded database (ADR 16), registered
 * by {@link EmbeddedFunctions}. Only the types the node has are looked up: a Cypher count per
 * type looks up every declared type, also those the node has none of. Public, because Neo4j
 * instantiates it.
 */
public final class RelationDegrees {

    /** The name Cypher calls it by. */
    public static final String NAME = "migrationgraph.relationDegrees";

    @UserFunction(name = NAME)
    @Description("[type, outgoing, incoming, either] for each of the given relation types: the node's own degree counts, a loop once in each.")
    public List<List<Object>> degrees(@Name("node") Node node, @Name("types") List<String> types) {
        Map<String, List<Object>> present = new HashMap<>();
        Set<String> wanted = new HashSet<>(types);
        for (RelationshipType type : node.getRelationshipTypes()) {
            if (wanted.contains(type.name())) {
                present.put(type.name(), List.of(type.name(), (long) node.getDegree(type, Direction.OUTGOING),
                        (long) node.getDegree(type, Direction.INCOMING), (long) node.getDegree(type, Direction.BOTH)));
            }
        }
        List<List<Object>> degrees = new ArrayList<>(types.size());
        types.forEach(type -> degrees.add(present.getOrDefault(type, List.of(type, 0L, 0L, 0L))));
        return degrees;
    }
}
