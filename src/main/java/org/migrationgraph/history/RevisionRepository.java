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
}
