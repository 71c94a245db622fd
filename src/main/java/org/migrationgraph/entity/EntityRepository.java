package org.migrationgraph.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Repository;

/** Reads entities and references; every method is one Cypher statement whatever the number of ids. */
@Repository
public class EntityRepository {

    private static final String BY_IDS = """
            MATCH (n:Entity) WHERE n.id IN $ids
            RETURN n {.*} AS node, labels(n) AS labels
            """;
    private static final String REFERENCES = """
            MATCH (r:Reference) WHERE r.id IN $ids
            RETURN r.id AS id, r.title AS title, r.publisher AS publisher, r.url AS url
            """;

    private static final String TOMBSTONES = """
            MATCH (t:Tombstone) WHERE t.id IN $ids
            RETURN t.id AS id, t.name AS name, t.kind AS kind, toString(t.deletedAt) AS deletedAt, t.revision AS revision,
                   t.replacedBy AS replacedBy
            """;

    private final GraphReads reads;
    private final AsRecorded asRecorded;

    EntityRepository(GraphReads reads, AsRecorded asRecorded) {
        this.reads = reads;
        this.asRecorded = asRecorded;
    }

    /** The entities with these ids, keyed by id; unknown ids are simply absent. */
    public Map<String, EntityView> findByIds(Collection<String> ids) {
        return findByIds(reads, ids);
    }

    /** The same, as the graph recorded them at a moment (null: now). */
    public Map<String, EntityView> findByIds(Collection<String> ids, String asRecordedOn) {
        return findByIds(asRecorded.reads(asRecordedOn), ids);
    }

    private static Map<String, EntityView> findByIds(GraphReads reads, Collection<String> ids) {
        return reads.list(BY_IDS, Map.of("ids", List.copyOf(ids)), record -> EntityMapping.toView(record.get("node").asMap(),
                        record.get("labels").asList(v -> v.asString()))).stream()
                .collect(Collectors.toMap(EntityView::id, e -> e));
    }

    /** What deleted entities left under these ids; ids never deleted are absent. */
    public Map<String, DeletedEntityView> tombstones(Collection<String> ids) {
        return reads.list(TOMBSTONES, Map.of("ids", List.copyOf(ids)), r -> new DeletedEntityView(r.get("id").asString(),
                        r.get("name").asString(), r.get("kind").asString(), r.get("deletedAt").asString(), r.get("revision").asLong(),
                        r.get("replacedBy").asString(null))).stream()
                .collect(Collectors.toMap(DeletedEntityView::id, v -> v));
    }

    Map<String, ReferenceView> referencesByIds(Collection<String> ids) {
        return reads.list(REFERENCES, Map.of("ids", List.copyOf(ids)), r -> new ReferenceView(r.get("id").asString(), r.get("title").asString(),
                        r.get("publisher").asString(null), r.get("url").asString(null))).stream()
                .collect(Collectors.toMap(ReferenceView::id, v -> v));
    }
}
