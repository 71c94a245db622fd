package org.migrationgraph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * The relations from a subgraph's busy members (many outgoing relations) to its heavy ones (many
 * incoming relations), read one relation type at a time from whichever side has fewer of that
 * type. Cypher reads such a pair from one end with all its relations, whatever their type: a
 * State with 7,000 outgoing relations next to a topic with 17,000 incoming ones read 56,000
 * relations to find none, since no State has a relation of the topic's types (docs/benchmarks.md,
 * "Through a hub"). Neo4j keeps each dense node's degree per type and direction, so the types
 * that could join the two sides, and the cheaper side for each, are known before reading any
 * relation. A type written in a Cypher pattern does the same, but one branch per type made the
 * statement take over a second to plan. A procedure of the embedded database (registered by
 * {@link EmbeddedProcedures}). Public, because Neo4j instantiates it.
 */
public final class EdgesFromBusyToHeavy {

    /** The name Cypher calls it by. */
    public static final String NAME = "migrationgraph.edgesFromBusyToHeavy";

    /** One relation found. Public fields: Neo4j reads its output records by reflection. */
    public static final class Found {
        public final Relationship relationship;

        Found(Relationship relationship) {
            this.relationship = relationship;
        }
    }

    @Procedure(name = NAME, mode = Mode.READ)
    @Description("The relations from the busy nodes to the heavy ones, of the given types (all when null), read type by type from the side with fewer.")
    public Stream<Found> edges(@Name("busy") List<Node> busy, @Name("heavy") List<Node> heavy, @Name("types") List<String> types) {
        if (busy == null || heavy == null || busy.isEmpty() || heavy.isEmpty()) {
            return Stream.empty();
        }
        Set<String> busyIds = elementIds(busy);
        Set<String> heavyIds = elementIds(heavy);
        List<Found> found = new ArrayList<>();
        for (RelationshipType type : typesOutOf(busy, types)) {
            long out = degree(busy, type, Direction.OUTGOING);
            long in = out == 0 ? 0 : degree(heavy, type, Direction.INCOMING);
            if (in == 0) {
                continue;
            }
            if (out <= in) {
                read(busy, type, Direction.OUTGOING, heavyIds, found);
            } else {
                read(heavy, type, Direction.INCOMING, busyIds, found);
            }
        }
        return found.stream();
    }

    /** The types the busy nodes have relations of (a dense node lists them from its groups), in the order first met. */
    private static Set<RelationshipType> typesOutOf(List<Node> busy, List<String> wanted) {
        Set<RelationshipType> types = new LinkedHashSet<>();
        for (Node node : busy) {
            for (RelationshipType type : node.getRelationshipTypes()) {
                if (wanted == null || wanted.contains(type.name())) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static long degree(List<Node> nodes, RelationshipType type, Direction direction) {
        long sum = 0;
        for (Node node : nodes) {
            sum += node.getDegree(type, direction);
        }
        return sum;
    }

    /** The relations of this type and direction from {@code nodes} whose other end is one of {@code others}. */
    private static void read(List<Node> nodes, RelationshipType type, Direction direction, Set<String> others, List<Found> found) {
        for (Node node : nodes) {
            try (var relationships = node.getRelationships(direction, type)) {
                for (Relationship relationship : relationships) {
                    if (others.contains(relationship.getOtherNode(node).getElementId())) {
                        found.add(new Found(relationship));
                    }
                }
            }
        }
    }

    private static Set<String> elementIds(List<Node> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.getElementId()));
        return ids;
    }
}
