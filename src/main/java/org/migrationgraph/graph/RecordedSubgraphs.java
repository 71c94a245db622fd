package org.migrationgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.asrecorded.Overlay;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;

/**
 * Neighbourhoods and networks as the graph recorded them at a moment. A neighbourhood is the same
 * walk as the Cypher one (breadth first, at most limit + 1 entities per hop and per entity), one
 * hop per read, each read leaving out the relations changed since the moment and the walk adding
 * their recorded states; a network's entities are read now without those changed since, which
 * are added as they were then. Entities changed since are taken as they were then (and left out
 * if they did not exist yet).
 */
final class RecordedSubgraphs {

    private static final String HOP = """
            UNWIND $ids AS id
            MATCH (a:Entity {id: id})-[r]-(b:Entity)
            WHERE ($types IS NULL OR type(r) IN $types) AND NOT r.id IN $changed
            WITH a, r, b LIMIT $cap
            RETURN a.id AS from, b.id AS to, properties(b) AS props, labels(b) AS labels, properties(r) AS relation
            """;
    /** The entities of a network now, leaving out those changed since the moment; the window's rules in the statement. */
    private static final String NETWORK = """
            MATCH (n:Entity) WHERE ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n))) AND {{exists(n)}}
              AND NOT n.id IN $changedEntities
            RETURN n.id AS id ORDER BY n.id LIMIT $cap
            """;
    private static final String AMONG = """
            MATCH (a:Entity)-[r]->(b:Entity)
            WHERE a.id IN $ids AND b.id IN $ids AND ($types IS NULL OR type(r) IN $types) AND NOT r.id IN $changed
            RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
            """;
    private final GraphReads reads;
    private final AsRecorded asRecorded;
    private final Overlay overlay;
    private final ValidTime time;
    private final List<String> types;
    private final Map<String, Overlay.RecordedEntity> entities = new HashMap<>();

    RecordedSubgraphs(GraphReads reads, AsRecorded asRecorded, Overlay overlay, ValidTime time, List<String> types) {
        this.reads = reads;
        this.asRecorded = asRecorded;
        this.overlay = overlay;
        this.time = time;
        this.types = types;
    }

    Optional<Subgraph> around(String centre, int depth, List<String> kinds, int limit) {
        load(List.of(centre));
        if (!entities.containsKey(centre)) {
            return Optional.empty();
        }
        Set<String> seen = new LinkedHashSet<>(List.of(centre));
        List<String> found = new ArrayList<>();
        List<String> frontier = List.of(centre);
        int cap = kinds == null ? limit + 1 : Math.min(4 * (limit + 1), 2_001);
        for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>(hop(frontier, cap, seen)).stream().sorted().toList();
            seen.addAll(next);
            found.addAll(next);
            frontier = next;
        }
        List<String> shown = found.stream().filter(id -> kinds == null || kinds.stream().anyMatch(entities.get(id).labels()::contains)).toList();
        List<String> members = new ArrayList<>(List.of(centre));
        members.addAll(shown.subList(0, Math.min(limit, shown.size())));
        return Optional.of(subgraph(members, shown.size() > limit));
    }

    /** The first entities by id, as they were then, of the kinds asked for, and the relations among them that held. */
    Subgraph network(List<String> kinds, int limit) {
        Map<String, Object> parameters = time.with(parameters(List.of(), 0));
        parameters.put("kinds", kinds);
        parameters.put("changedEntities", List.copyOf(overlay.changedEntityIds()));
        parameters.put("cap", limit + 1);
        List<String> ids = new ArrayList<>(reads.list(ValidTimeCypher.fill(NETWORK, time.bound()), parameters, row -> row.get("id").asString()));
        load(List.copyOf(overlay.changedEntityIds()));
        overlay.changedEntityIds().stream().filter(entities::containsKey)
                .filter(id -> kinds == null || kinds.stream().anyMatch(entities.get(id).labels()::contains))
                .filter(id -> time.exists(entities.get(id).props())).forEach(ids::add);
        List<String> members = ids.stream().sorted().limit(limit).toList();
        load(members);
        return subgraph(members, ids.size() > limit);
    }

    /** One hop out of the frontier: the entities reached, at most cap, by relations that held then. */
    private Set<String> hop(List<String> frontier, int cap, Set<String> seen) {
        Map<String, String> reached = new LinkedHashMap<>();
        reads.list(HOP, parameters(frontier, cap * frontier.size()), row -> {
            String other = row.get("to").asString();
            if (!overlay.entity(other).isPresent()) {
                entities.putIfAbsent(other, new Overlay.RecordedEntity(row.get("props").asMap(), row.get("labels").asList(Cell::asString)));
            }
            if (time.holds(row.get("relation").asMap())) {
                reached.putIfAbsent(other, row.get("from").asString());
            }
            return Boolean.TRUE;
        });
        for (String id : frontier) {
            for (Overlay.RecordedRelation r : overlay.relationsOf(id)) {
                if ((types == null || types.contains(r.type())) && time.holds(r.props())) {
                    reached.putIfAbsent(r.from().equals(id) ? r.to() : r.from(), id);
                }
            }
        }
        load(new ArrayList<>(reached.keySet()));
        Set<String> next = new LinkedHashSet<>();
        for (String id : reached.keySet()) {
            if (!seen.contains(id) && entities.containsKey(id) && time.exists(entities.get(id).props()) && next.size() < cap) {
                next.add(id);
            }
        }
        return next;
    }

    private Subgraph subgraph(List<String> members, boolean truncated) {
        List<Map<String, Object>> edges = new ArrayList<>();
        reads.list(AMONG, parameters(members, 0), row -> {
            if (time.holds(row.get("props").asMap())) {
                edges.add(Map.of("type", row.get("type").asString(), "source", row.get("source").asString(),
                        "target", row.get("target").asString(), "props", row.get("props").asMap()));
            }
            return Boolean.TRUE;
        });
        for (Overlay.RecordedRelation r : overlay.recordedRelations()) {
            if (members.contains(r.from()) && members.contains(r.to()) && (types == null || types.contains(r.type())) && time.holds(r.props())) {
                edges.add(Map.of("type", r.type(), "source", r.from(), "target", r.to(), "props", r.props()));
            }
        }
        List<EntityView> nodes = members.stream().map(id -> {
            Overlay.RecordedEntity e = entities.get(id);
            return EntityMapping.toView(time.asThen(e.props(), ValidTime.start(e.props())), e.labels());
        }).toList();
        Integer undated = time.bound() ? (int) (members.stream().filter(id -> time.undatedEntity(entities.get(id).props())).count()
                + edges.stream().filter(e -> time.undatedRelation(props(e))).count()) : null;
        return new Subgraph(nodes, edges.stream().map(GraphEdge::of).toList(), truncated, undated);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> edge) {
        return (Map<String, Object>) edge.get("props");
    }

    /** The entities as they were then, those not read yet. */
    private void load(List<String> ids) {
        List<String> missing = ids.stream().filter(id -> !entities.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            entities.putAll(asRecorded.entitiesThen(overlay, missing));
        }
    }

    private Map<String, Object> parameters(List<String> ids, int cap) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("types", types);
        parameters.put("changed", List.copyOf(overlay.changedRelationIds()));
        parameters.put("cap", cap);
        return parameters;
    }
}
