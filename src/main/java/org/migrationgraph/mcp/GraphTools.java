package org.migrationgraph.mcp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools and the GraphQL they run. Every answer selects the citations of what it returns:
 * the quote with its document and paragraph, or the public reference with where in it.
 */
final class GraphTools {

    private static final String CITATIONS = "citations { quote paragraph document { id name date } reference { id title url } detail }";
    private static final String EDGE = "id type source target date role count " + CITATIONS;

    private GraphTools() {
    }

    static List<GraphTool> all() {
        return List.of(
                new GraphTool("search", "Find entities of migration governance (UN Member States, UN entities, frameworks such as "
                        + "the Global Compact for Migration, initiatives, meetings, statements) by name, alias, abbreviation or words "
                        + "of their description. Returns ids to use with the other tools.",
                        schema("{\"query\": {\"type\": \"string\", \"description\": \"what to look for, e.g. IOM, Philippines, the Compact\"},"
                                + " \"kinds\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"description\": \"only these kinds, e.g. MemberState, Meeting\"},"
                                + " \"first\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 20}}", "query"),
                        "query Search($query: String!, $kinds: [String!], $first: Int) { search(query: $query, kinds: $kinds, first: $first) "
                                + "{ edges { score node { id name kind aliases description } } } }",
                        args -> pick(args, "query", "kinds", "first")),
                new GraphTool("entity", "One entity by id: its names, kind, description, codes and the sources of its own facts.",
                        schema("{\"id\": {\"type\": \"string\", \"description\": \"a stable id such as state:PHL or org:iom\"}}", "id"),
                        "query Entity($id: ID!) { entity(id: $id) { id name kind kinds aliases description "
                                + "... on MemberState { iso3 m49 } ... on Meeting { date endDate status place } " + CITATIONS + " } }",
                        args -> pick(args, "id")),
                new GraphTool("relations", "An entity's relations (who attended, organized, coordinates, supports, made or was "
                        + "addressed what), each with the entity at the other end and the citations that say so.",
                        schema("{\"id\": {\"type\": \"string\"}, \"types\": {\"type\": \"array\", \"items\": {\"type\": \"string\"},"
                                + " \"description\": \"relation types, e.g. TOOK_THE_FLOOR_AT, ATTENDED, COORDINATES\"},"
                                + " \"direction\": {\"type\": \"string\", \"enum\": [\"OUTGOING\", \"INCOMING\", \"BOTH\"]},"
                                + " \"first\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 50}}", "id"),
                        "query Relations($id: ID!, $types: [String!], $direction: Direction, $first: Int) { entity(id: $id) { id name "
                                + "relations(types: $types, direction: $direction, first: $first) { totalCount edges { type direction date "
                                + "node { id name kind } " + CITATIONS + " } } } }",
                        args -> pick(args, "id", "types", "direction", "first")),
                new GraphTool("shortest_path", "How two entities are connected: the shortest chain of relations between them, "
                        + "every step with its citations.",
                        schema("{\"from\": {\"type\": \"string\"}, \"to\": {\"type\": \"string\"},"
                                + " \"maxHops\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 6}}", "from", "to"),
                        "query Path($from: ID!, $to: ID!, $maxHops: Int) { shortestPath(from: $from, to: $to, maxHops: $maxHops) "
                                + "{ length nodes { id name kind } edges { " + EDGE + " } } }",
                        args -> pick(args, "from", "to", "maxHops")),
                new GraphTool("neighbourhood", "The entities around one entity (1 or 2 steps out) and the relations among them, with citations.",
                        schema("{\"id\": {\"type\": \"string\"}, \"depth\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 2},"
                                + " \"limit\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 100}}", "id"),
                        "query Neighbourhood($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) "
                                + "{ truncated nodes { id name kind } edges { " + EDGE + " } } }",
                        args -> withDefault(pick(args, "id", "depth", "limit"), "limit", 50)),
                new GraphTool("timeline", "Dated meetings, events and processes in a period, oldest first, with their status "
                        + "(held or planned) and the sources of their dates, a page at a time: totalCount says how many there are, "
                        + "and pageInfo.endCursor passed as after gives the next page.",
                        schema("{\"from\": {\"type\": \"string\", \"description\": \"an ISO date, possibly partial: 2020 or 2020-03\"},"
                                + " \"to\": {\"type\": \"string\"}, \"kinds\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},"
                                + " \"first\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 50},"
                                + " \"after\": {\"type\": \"string\", \"description\": \"the endCursor of the previous page\"}}"),
                        "query Timeline($from: String, $to: String, $kinds: [String!], $first: Int, $after: String) "
                                + "{ timelineItems(from: $from, to: $to, kinds: $kinds, first: $first, after: $after) { totalCount "
                                + "pageInfo { hasNextPage endCursor } nodes { date endDate status entity { id name kind " + CITATIONS + " } } } }",
                        args -> withDefault(pick(args, "from", "to", "kinds", "first", "after"), "first", 20)));
    }

    private static String schema(String properties, String... required) {
        return "{\"type\": \"object\", \"properties\": " + properties + ", \"required\": ["
                + String.join(", ", java.util.Arrays.stream(required).map(r -> "\"" + r + "\"").toList()) + "]}";
    }

    private static Map<String, Object> pick(Map<String, Object> args, String... names) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : names) {
            if (args != null && args.get(name) != null) {
                variables.put(name, args.get(name));
            }
        }
        return variables;
    }

    private static Map<String, Object> withDefault(Map<String, Object> variables, String name, Object value) {
        variables.putIfAbsent(name, value);
        return variables;
    }
}
