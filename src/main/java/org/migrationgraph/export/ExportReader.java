package org.migrationgraph.export;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.vocabulary.Vocabulary;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Component;

/**
 * Streams a scope's entities (in id order, from the unique index: no sort) and relations out of
 * the graph, one row at a time; nothing is collected, so an export's memory does not grow with
 * the graph. A neighbourhood's ids are the one thing held, and they are capped.
 */
@Component
class ExportReader {

    /** An export's time is its size, so it does not share the API's per-request time limit. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    static final int MAX_NEIGHBOURHOOD = 20_000;

    /** Search keys and seed bookkeeping: derived, not facts, and not exported as properties. */
    private static final Set<String> HIDDEN = Set.of("id", "kind", "name", "aliasText", "nameKeys", "quoteText", "seedVersion",
            "seedFile", "citedParagraphs", "citedQuotes", "citedReferences", "citedReferenceDetails", "validity", "fromKey", "toKey", "sortName", "sortDate", "lastDate");

    private static final String NODE_FILTER = """
            MATCH (n:Entity) WHERE n.id IS NOT NULL
              AND ($kind IS NULL OR $kind IN labels(n))
              AND ($type IS NULL OR EXISTS { MATCH (n)-[r]-(:Entity) WHERE type(r) = $type })
              AND ($ids IS NULL OR n.id IN $ids)
              AND {{exists(n)}}
            """;
    /** A meeting still to come in the window is exported as planned then, whatever it became. */
    private static final String NODES = NODE_FILTER + """
            RETURN n.id AS id, labels(n) AS labels,
                   CASE WHEN {{start(n)}} > $vtTo THEN n {.*, status: 'planned'} ELSE properties(n) END AS stored
            ORDER BY n.id
            """;
    private static final String NODE_KEYS = NODE_FILTER + """
            UNWIND keys(n) AS key
            RETURN key, collect(DISTINCT valueType(n[key])) AS types
            """;
    private static final String EDGE_FILTER = """
            MATCH (a:Entity) WHERE a.id IS NOT NULL
              AND ($kind IS NULL OR $kind IN labels(a))
              AND ($ids IS NULL OR a.id IN $ids)
            WITH a ORDER BY a.id
            MATCH (a)-[r]->(b:Entity)
            WHERE ($type IS NULL OR type(r) = $type)
              AND ($kind IS NULL OR $kind IN labels(b))
              AND ($ids IS NULL OR b.id IN $ids)
              AND {{holds(r)}} AND {{exists(a)}} AND {{exists(b)}}
            """;
    /** How many of the entities and relations exported are in only because undated facts count as always true. */
    private static final String UNDATED = """
            RETURN COUNT { %s WITH n WHERE {{undatedEntity(n)}} RETURN n } + COUNT { %s WITH r WHERE {{undated(r)}} RETURN r } AS undated
            """;
    private static final String EDGES = EDGE_FILTER + """
            RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS stored
            """;
    private static final String EDGE_KEYS = EDGE_FILTER + """
            UNWIND keys(r) AS key
            RETURN key, collect(DISTINCT valueType(r[key])) AS types
            """;
    /** Distinct ends only: Neo4j prunes the expansion, so a hub's paths are not all enumerated. */
    private static final String NEIGHBOURHOOD = """
            MATCH (c:Entity {id: $around})
            MATCH (c)-[*0..%d]-(n:Entity)
            RETURN DISTINCT n.id AS id LIMIT $cap
            """;
    private static final String STATE = """
            OPTIONAL MATCH (g:GraphState {id: 'graph'})
            OPTIONAL MATCH (r:Revision) WHERE r.number = g.revision
            OPTIONAL MATCH (s:SeedState {id: 'graph-seed'})
            RETURN coalesce(g.revision, 0) AS revision, toString(max(r.at)) AS revisedAt,
                   toString(max(coalesce(s.loadedAt, s.exportedAt))) AS seededAt
            """;

    private final GraphReads reads;
    private final AsRecorded asRecorded;
    private final Vocabulary vocabulary;

    ExportReader(GraphReads reads, AsRecorded asRecorded, Vocabulary vocabulary) {
        this.reads = reads;
        this.asRecorded = asRecorded;
        this.vocabulary = vocabulary;
    }

    /** The graph an export reads: now, or as recorded at the scope's moment (the same rewind for all its statements). */
    GraphReads graph(ExportScope scope) {
        return asRecorded.reads(scope.asRecordedOn());
    }

    /** Refuses names the vocabulary does not declare and ids no entity has, with the nearest valid ones. */
    void check(ExportScope scope) {
        if (scope.kind() != null) {
            vocabulary.requireKinds("kind", List.of(scope.kind()));
        }
        if (scope.type() != null) {
            vocabulary.requireRelationTypes("type", List.of(scope.type()));
        }
        if (scope.around() != null) {
            vocabulary.requireEntityIds("around", List.of(scope.around()));
        }
    }

    ExportState state() {
        return reads.first(STATE, Map.of(), row -> new ExportState(row.get("revision").asLong(),
                latest(row.get("revisedAt").asString(null), row.get("seededAt").asString(null)))).orElseThrow();
    }

    /** The parameters every statement takes: the scope's filters, and a neighbourhood's ids. */
    Map<String, Object> parameters(GraphReads graph, ExportScope scope) {
        Map<String, Object> parameters = GraphReads.parameters("kind", scope.kind(), "type", scope.type(), "ids", null);
        parameters.putAll(scope.time().parameters());
        if (scope.around() != null) {
            List<String> ids = graph.list(NEIGHBOURHOOD.formatted(scope.depth()), Map.of("around", scope.around(),
                    "cap", MAX_NEIGHBOURHOOD + 1), row -> row.get("id").asString());
            if (ids.size() > MAX_NEIGHBOURHOOD) {
                throw ApiException.badInput("The " + scope.depth() + "-hop neighbourhood of '" + scope.around() + "' holds more than "
                        + MAX_NEIGHBOURHOOD + " entities; export it with depth=1, or export a kind or the whole graph.");
            }
            parameters.put("ids", ids);
        }
        return parameters;
    }

    ExportColumns columns(GraphReads graph, Map<String, Object> parameters) {
        return new ExportColumns(keys(graph, timed(NODE_KEYS, parameters), parameters), keys(graph, timed(EDGE_KEYS, parameters), parameters));
    }

    void nodes(GraphReads graph, Map<String, Object> parameters, Consumer<ExportNode> sink) {
        graph.forEach(timed(NODES, parameters), parameters, TIMEOUT, row -> sink.accept(node(row)));
    }

    void edges(GraphReads graph, Map<String, Object> parameters, Consumer<ExportEdge> sink) {
        graph.forEach(timed(EDGES, parameters), parameters, TIMEOUT, row -> sink.accept(edge(row)));
    }

    /** With a window of valid time, how many undated entities and relations the export holds; null without one. */
    Integer undated(GraphReads graph, Map<String, Object> parameters) {
        if (parameters.get("vtTo") == null) {
            return null;
        }
        String cypher = timed(UNDATED.formatted(NODE_FILTER, EDGE_FILTER), parameters);
        return graph.first(cypher, parameters, row -> row.get("undated").asInt()).orElse(0);
    }

    /** The statement for the scope's window: bound in time when the parameters carry one. */
    private static String timed(String cypher, Map<String, Object> parameters) {
        return ValidTimeCypher.fill(cypher, parameters.get("vtTo") != null);
    }

    /** Any other statement, streamed: the Cypher script's paragraphs, mentions and references. */
    void rows(String cypher, Consumer<Row> sink) {
        reads.forEach(cypher, Map.of(), TIMEOUT, sink);
    }

    private static List<ExportColumns.Column> keys(GraphReads graph, String cypher, Map<String, Object> parameters) {
        List<ExportColumns.Column> columns = new ArrayList<>();
        graph.forEach(cypher, parameters, TIMEOUT, row -> {
            String key = row.get("key").asString();
            if (!HIDDEN.contains(key)) {
                columns.add(new ExportColumns.Column(key, ExportColumns.ValueType.of(row.get("types").asList(Cell::asString))));
            }
        });
        columns.sort((a, b) -> a.name().compareTo(b.name()));
        return columns;
    }

    private static ExportNode node(Row row) {
        Map<String, Object> stored = row.get("stored").asMap();
        String kind = (String) stored.get("kind");
        List<String> kinds = new ArrayList<>();
        kinds.add(kind);
        row.get("labels").asList(Cell::asString).stream().filter(l -> !l.equals("Entity") && !l.equals(kind)).sorted().forEach(kinds::add);
        return new ExportNode(row.get("id").asString(), kind, kinds, (String) stored.get("name"), visible(stored),
                ExportCitation.of(stored), stored);
    }

    private static ExportEdge edge(Row row) {
        Map<String, Object> stored = row.get("stored").asMap();
        String from = row.get("from").asString();
        String type = row.get("type").asString();
        String to = row.get("to").asString();
        String id = stored.get("id") instanceof String given ? given : from + "-" + type + "->" + to;
        return new ExportEdge(id, from, type, to, visible(stored), ExportCitation.of(stored), stored);
    }

    private static Map<String, Object> visible(Map<String, Object> stored) {
        Map<String, Object> visible = new LinkedHashMap<>(stored);
        visible.keySet().removeIf(HIDDEN::contains);
        return visible;
    }

    private static Instant latest(String... times) {
        Instant latest = null;
        for (String time : times) {
            Instant parsed = parse(time);
            if (parsed != null && (latest == null || parsed.isAfter(latest))) {
                latest = parsed;
            }
        }
        return latest;
    }

    private static Instant parse(String time) {
        if (time == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(time, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
