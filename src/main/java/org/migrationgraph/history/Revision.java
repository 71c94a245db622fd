package org.migrationgraph.history;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * One change of one entity or relation, as history keeps it: which graph revision made it, who
 * (the API key's name, filled in by Spring Data's auditing), when, why, and the subject before
 * and after as JSON. Revisions are written once and never changed.
 */
@Node("Revision")
public class Revision {

    /** What a revision did to its subject. */
    public enum Operation { CREATE, UPDATE, DELETE }

    /** Whether the subject is an entity or a relation. */
    public enum SubjectType { ENTITY, RELATION }

    /** {@code <number>/<subject id>}: one revision of the graph changes each subject at most once. */
    @Id
    private final String id;

    /**
     * Spring Data tells a new record from a stored one by this field when the id is assigned,
     * as here; a second save of the same revision fails instead of overwriting it.
     */
    @Version
    private Long recordVersion;

    @CreatedBy
    private String author;

    @CreatedDate
    private Instant at;

    private final long number;
    private final String subjectId;
    private final SubjectType subjectType;
    /** A relation's two ends, so that a change to it is reported for both entities. */
    private final List<String> endpoints;
    private final Operation operation;
    /** The subject's version after the change (for a deletion, the version it had). */
    private final long subjectVersion;
    private final String reason;
    private final String before;
    private final String after;
    private final List<String> fields;
    private final String replacedBy;

    public Revision(String id, long number, String subjectId, SubjectType subjectType, List<String> endpoints,
                    Operation operation, long subjectVersion, String reason, String before, String after,
                    List<String> fields, String replacedBy) {
        this.id = id;
        this.number = number;
        this.subjectId = subjectId;
        this.subjectType = subjectType;
        this.endpoints = endpoints;
        this.operation = operation;
        this.subjectVersion = subjectVersion;
        this.reason = reason;
        this.before = before;
        this.after = after;
        this.fields = fields;
        this.replacedBy = replacedBy;
    }

    public String getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getAt() {
        return at;
    }

    public long getNumber() {
        return number;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public List<String> getEndpoints() {
        return endpoints;
    }

    public Operation getOperation() {
        return operation;
    }

    public long getSubjectVersion() {
        return subjectVersion;
    }

    public String getReason() {
        return reason;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public List<String> getFields() {
        return fields;
    }

    public String getReplacedBy() {
        return replacedBy;
    }
}
