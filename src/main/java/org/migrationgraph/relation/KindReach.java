package org.migrationgraph.relation;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.migrationgraph.reads.CypherTemplate;

/**
 * Whether any relation of one type in the whole graph ends at an entity of the asked kinds
 * ({@code toKind}) or starts at one ({@code fromKind}), and whether every one of them does
 * because one of the kinds holds all their ends ({@code toAll}, {@code fromAll}), from Neo4j's
 * count store: a lookup per kind and direction, no relation read. A hub's page under a kind
 * filter skips a type and direction that cannot hold a match; otherwise it reads all of the
 * hub's relations of that type to find none (the Global Compact's 216,000 incoming CONCERNS,
 * from statements, for a page of its organizations at a million entities). Its totalCount
 * takes a direction that every relation matches from the hub's degree ({@link HubTotals}).
 */
record KindReach(boolean toKind, boolean fromKind, boolean toAll, boolean fromAll) {

    /** No kind asked, or the counts not usable: every direction may hold a match, none is known to hold only matches. */
    static final KindReach ANY = new KindReach(true, true, false, false);
    /** An empty list of kinds: no relation can match. */
    static final KindReach NONE = new KindReach(false, false, false, false);

    /** Whether a hub's outgoing relations of the type can match under the filter: asked for, and reaching the kinds. */
    boolean outgoing(RelationFilter filter) {
        return (filter.direction() == null || filter.direction().equals("OUTGOING")) && toKind;
    }

    /** Whether a hub's incoming relations of the type can match under the filter: asked for, and starting at the kinds. */
    boolean incoming(RelationFilter filter) {
        return (filter.direction() == null || filter.direction().equals("INCOMING")) && fromKind;
    }

    /**
     * The statement for one type and the kinds, both named in its text since the count store is
     * keyed by label and type; the kinds are declared ones (the controller checks), quoted anyway.
     * "All" is decided by one kind alone: an entity may carry several kind labels, so counts of
     * different kinds may overlap and their sum proves nothing.
     */
    static String statement(String type, List<String> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("No kind to count: an empty list of kinds reaches nothing (NONE)");
        }
        String t = CypherTemplate.quoted(type);
        return "MATCH ()-[r:" + t + "]->() WITH count(r) AS every\n"
                + "CALL () { " + union(kinds, k -> "MATCH ()-[r:" + t + "]->(:" + k + ")") + " }\n"
                + "WITH every, sum(c) > 0 AS toKind, every > 0 AND max(c) = every AS toAll\n"
                + "CALL () { " + union(kinds, k -> "MATCH (:" + k + ")-[r:" + t + "]->()") + " }\n"
                + "WITH toKind, toAll, every, sum(c) > 0 AS fromKind, every > 0 AND max(c) = every AS fromAll\n"
                + "RETURN toKind, fromKind, toAll, fromAll";
    }

    private static String union(List<String> kinds, UnaryOperator<String> match) {
        return kinds.stream().sorted().map(CypherTemplate::quoted).map(k -> match.apply(k) + " RETURN count(r) AS c")
                .collect(Collectors.joining(" UNION ALL "));
    }
}
