package org.migrationgraph.graph;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;

class ProbeIT extends GraphIntegrationTest {

    static final String COUNTS = """
            CALL () {
              MATCH (n:Entity) WHERE {{exists(n)}}
              WITH n.kind AS key, count(*) AS count, sum(CASE WHEN {{undatedEntity(n)}} THEN 1 ELSE 0 END) AS undated
              ORDER BY count DESC, key
              RETURN collect({key: key, count: count}) AS byKind, sum(undated) AS undatedEntities
            }
            CALL () {
              MATCH (a:Entity) WHERE {{exists(a)}}
              MATCH (a)-[r]->(b:Entity) WHERE {{holds(r)}}
              WITH b, type(r) AS key, count(*) AS count, sum(CASE WHEN {{undated(r)}} THEN 1 ELSE 0 END) AS undated
              WHERE {{exists(b)}}
              WITH key, sum(count) AS count, sum(undated) AS undated
              ORDER BY count DESC, key
              RETURN collect({key: key, count: count}) AS byRelationType, sum(undated) AS undatedRelations
            }
            RETURN byKind, byRelationType, undatedEntities + undatedRelations AS undated
            """;
    static final String START = "coalesce(n.date, n.startDate, n.foundedDate, n.establishedDate, n.adoptedDate, n.affirmedDate)";
    static final String ENTITY_V = """
            CASE WHEN n.since IS NOT NULL OR n.until IS NOT NULL THEN coalesce(n.since, '..') + '/' + coalesce(n.until, '..')
                 WHEN START IS NOT NULL THEN (CASE WHEN n.scheduledAsOf < START THEN n.scheduledAsOf ELSE START END) + '/..'
            END""".replace("START", START);
    static final String REL_V = """
            CASE WHEN r.since IS NOT NULL OR r.until IS NOT NULL THEN coalesce(r.since, '..') + '/' + coalesce(r.until, '..')
                 WHEN r.date IS NOT NULL THEN r.date + '/..'
                 WHEN r.asOf IS NOT NULL THEN r.asOf + '/../observed'
            END""";

    static String fill(String template, boolean bound) {
        String s = template;
        for (String v : new String[] {"n", "a", "b", "x", "m"}) {
            s = s.replace("{{exists(" + v + ")}}", bound ? "(CASE WHEN %1$s.validity IS NULL THEN $vtUndated ELSE coalesce(%1$s.validity <= $vtTo, true) AND coalesce(nullif(split(%1$s.validity, '/')[1], '..') > $vtFrom, true) END)".formatted(v) : "true");
            s = s.replace("{{undatedEntity(" + v + ")}}", bound ? "(%s.validity IS NULL)".formatted(v) : "false");
        }
        s = s.replace("{{holds(r)}}", bound ? "(CASE WHEN r.validity IS NULL THEN $vtUndated WHEN r.validity ENDS WITH '/observed' THEN coalesce(r.validity <= $vtTo, false) OR $vtUndated ELSE coalesce(r.validity <= $vtTo, true) AND coalesce(nullif(split(r.validity, '/')[1], '..') > $vtFrom, true) END)" : "true");
        s = s.replace("{{undated(r)}}", bound ? "(r.validity IS NULL OR (r.validity ENDS WITH '/observed' AND NOT coalesce(r.validity <= $vtTo, false)))" : "false");
        return s;
    }

    void probe(String name, String template, boolean derived) {
        ValidTime time = ValidTime.of("2020-06", null, null);
        for (boolean bound : new boolean[] {false, true}) {
            String cypher = derived ? fill(template, bound) : ValidTimeCypher.fill(template, bound);
            Map<String, Object> p = bound ? time.parameters() : ValidTime.ALWAYS.parameters();
            long[] t = new long[80];
            try (var s = driver.session()) {
                for (int i = 0; i < 30; i++) s.run(cypher, p).consume();
                for (int i = 0; i < t.length; i++) {
                    long st = System.nanoTime();
                    s.run(cypher, p).consume();
                    t[i] = System.nanoTime() - st;
                }
                var plan = s.run("PROFILE " + cypher, p).consume().profile();
                Arrays.sort(t);
                System.out.printf("PROBE %s bound=%s median=%.2f ms dbHits=%d rows=%d%n", name, bound, t[t.length / 2] / 1e6,
                        QueryPlans.dbHits(plan), QueryPlans.rows(plan));
            }
        }
    }

    @Test
    void probe() {
        ValidTime time = ValidTime.of("2020-06", null, null);
        var before = cypher(ValidTimeCypher.fill(COUNTS, true), time.parameters());
        String path = "MATCH (a:Entity {id: 'state:PHL'}), (b:Entity {id: 'org:undp'}) MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity AND {{exists(x)}}) AND all(r IN relationships(p) WHERE {{holds(r)}}) RETURN [x IN nodes(p) | x.id] AS ids ORDER BY ids";
        var pathBefore = cypher(ValidTimeCypher.fill(path, true), time.parameters());
        probe("stats", COUNTS, false);
        probe("path", path, false);
        try (var w = driver.session()) {
            w.run("MATCH (n:Entity) SET n.validity = " + ENTITY_V).consume();
            w.run("MATCH (:Entity)-[r]->(:Entity) SET r.validity = " + REL_V).consume();
        }
        System.out.println("PROBE same stats " + before.equals(cypher(fill(COUNTS, true), time.parameters())));
        System.out.println("PROBE same path " + pathBefore.equals(cypher(fill(path, true), time.parameters())) + " " + pathBefore.size());
        probe("statsDerived", COUNTS, true);
        probe("pathDerived", path, true);
        probe("stats", COUNTS, false);
        probe("path", path, false);
    }
}
