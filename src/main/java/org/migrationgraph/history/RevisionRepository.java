package org.migrationgraph.history;

import java.util.List;

import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Revisions by the entity or relation they changed, newest first, and by graph revision. */
public interface RevisionRepository extends Neo4jRepository<Revision, String> {

    /** One page of a subject's history, newest first (a batch may change one subject twice: the id breaks the tie). */
    @Query("MATCH (r:Revision {subjectId: $subjectId}) RETURN r ORDER BY r.number DESC, r.id DESC SKIP $skip LIMIT $limit")
    List<Revision> page(@Param("subjectId") String subjectId, @Param("skip") long skip, @Param("limit") long limit);

    long countBySubjectId(String subjectId);

    /** What happened to a subject after a version a client had: the changes a conflicting edit missed. */
    List<Revision> findBySubjectIdAndSubjectVersionGreaterThanOrderByNumberAsc(String subjectId, long version);

    List<Revision> findByNumber(long number);

    /** The graph's changes after a point (a revision, and the last revision id read within it), oldest first: the change feed. */
    @Query("""
            MATCH (r:Revision) WHERE r.number > $number OR (r.number = $number AND r.id > $id)
            RETURN r ORDER BY r.number, r.id LIMIT $limit
            """)
    List<Revision> after(@Param("number") long number, @Param("id") String id, @Param("limit") long limit);

    /** The first revision made at or after a time, or null when none was. */
    @Query("MATCH (r:Revision) WHERE r.at >= datetime($time) RETURN min(r.number)")
    Long firstAtOrAfter(@Param("time") String time);

    /** The graph's revision now, and the revision the seed was last loaded at (0 before the first load that recorded it). */
    @Query("""
            OPTIONAL MATCH (g:GraphState {id: 'graph'}) OPTIONAL MATCH (s:SeedState {id: 'graph-seed'})
            RETURN [coalesce(g.revision, 0), coalesce(s.loadedRevision, 0)]
            """)
    List<Long> currentAndSeedRevision();
}
