package org.migrationgraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.migrationgraph.api.OffsetCursor;
import org.migrationgraph.api.PageInfo;
import org.migrationgraph.entity.EntityMapping;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Repository;

/** Pages of relationships for many entities at once: one statement per distinct filter. */
@Repository
@Transactional(readOnly = true)
class RelationRepository {

    private static final String PAGES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            CALL (n) {
              MATCH (n)-[r]-(m:Entity)
              WHERE ($types IS NULL OR type(r) IN $types)
                AND ($direction IS NULL OR ($direction = 'OUTGOING') = (startNode(r) = n))
                AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(m)))
              WITH r, m ORDER BY type(r), r.id
              RETURN count(*) AS total, collect({r: r, m: m})[$skip..$end] AS page
            }
            RETURN id, total, [x IN page | {id: x.r.id, type: type(x.r), outgoing: startNode(x.r) = n,
                   props: properties(x.r), other: properties(x.m), labels: labels(x.m)}] AS rows
            """;

    private final Neo4jClient neo4j;

    RelationRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Map<RelationKey, RelationConnection> load(Set<RelationKey> keys) {
        Map<RelationKey, RelationConnection> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(RelationKey::filter)).forEach((filter, sameFilter) -> {
            Map<String, RelationConnection> pages = pages(filter, sameFilter.stream().map(RelationKey::entityId).toList());
            sameFilter.forEach(key -> result.put(key, pages.getOrDefault(key.entityId(), empty(filter))));
        });
        return result;
    }

    private Map<String, RelationConnection> pages(RelationFilter filter, List<String> ids) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("types", filter.types());
        parameters.put("direction", filter.direction());
        parameters.put("kinds", filter.kinds());
        parameters.put("skip", filter.skip());
        parameters.put("end", filter.skip() + filter.first() + 1);
        Map<String, RelationConnection> pages = new HashMap<>();
        neo4j.query(PAGES).bindAll(parameters).fetchAs(Void.class).mappedBy((types, record) -> {
            pages.put(record.get("id").asString(), page(filter, record.get("total").asInt(), record.get("rows").asList(v -> v)));
            return null;
        }).all();
        return pages;
    }

    private static RelationConnection page(RelationFilter filter, int total, List<Value> rows) {
        List<RelationEdge> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), filter.first()); i++) {
            Value row = rows.get(i);
            Map<String, Object> props = row.get("props").asMap();
            edges.add(new RelationEdge(OffsetCursor.encode(filter.skip() + i), row.get("id").asString(), row.get("type").asString(),
                    row.get("outgoing").asBoolean() ? "OUTGOING" : "INCOMING",
                    EntityMapping.toView(row.get("other").asMap(), row.get("labels").asList(Value::asString)),
                    EntityMapping.visibleProperties(props), EntityMapping.citations(props)));
        }
        return new RelationConnection(edges, new PageInfo(rows.size() > filter.first(), filter.skip() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), total);
    }

    private static RelationConnection empty(RelationFilter filter) {
        return new RelationConnection(List.of(), new PageInfo(false, filter.skip() > 0, null, null), 0);
    }

}
