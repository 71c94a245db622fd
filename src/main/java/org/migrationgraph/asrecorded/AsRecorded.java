package org.migrationgraph.asrecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.seed.SeedCitation;
import org.migrationgraph.seed.SeedEntity;
import org.migrationgraph.seed.SeedRelation;
import org.migrationgraph.seed.SeedRows;
import org.migrationgraph.support.ApiException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the graph as recorded at a moment from history. The revisions after the moment are
 * read oldest first; the first one of each subject holds its state at the moment as "before"
 * (none for a subject it created). History begins with the seed load, so a moment before it
 * cannot be rebuilt and is refused.
 */
@Component
public class AsRecorded {

    private static final String CHANGED_SINCE = """
            MATCH (r:Revision) WHERE r.at > datetime($at)
            WITH r ORDER BY r.number, r.id
            WITH r.subjectId AS id, collect(r)[0] AS first
            RETURN id, first.subjectType AS type, first.before AS before, first.operation AS operation, first.subjectVersion AS version
            """;
    private static final String HISTORY_STARTS = """
            OPTIONAL MATCH (s:SeedState {id: 'graph-seed'}) RETURN toString(s.loadedAt) AS loadedAt
            """;
    private static final String CURATED = "curated";

    private final GraphReads reads;
    private final JsonMapper json;

    AsRecorded(GraphReads reads, JsonMapper json) {
        this.reads = reads;
        this.json = json;
    }

    /** For reads built outside Spring (tests, benchmarks, commands). */
    public static AsRecorded over(GraphReads reads) {
        return new AsRecorded(reads, JsonMapper.builder().build());
    }

    /** The overlay for the argument as a query gives it: null for none, else an ISO date-time with offset or a date. */
    Overlay at(String asRecordedOn) {
        if (asRecordedOn == null) {
            return Overlay.NONE;
        }
        Instant at = moment(asRecordedOn);
        Instant start = reads.first(HISTORY_STARTS, Map.of(), row -> row.get("loadedAt").asString(null)).map(AsRecorded::parseStored).orElse(null);
        if (start != null && at.isBefore(start)) {
            throw ApiException.badInput("'asRecordedOn' is " + at + ", before the graph's history begins (the seed was loaded at " + start
                    + "); ask for a moment from then on.");
        }
        Map<String, Optional<Overlay.RecordedEntity>> entities = new HashMap<>();
        Map<String, Optional<Overlay.RecordedRelation>> relations = new HashMap<>();
        reads.forEach(CHANGED_SINCE, Map.of("at", at.toString()), java.time.Duration.ofSeconds(30), row -> {
            String before = row.get("before").asString(null);
            long version = "DELETE".equals(row.get("operation").asString()) ? row.get("version").asLong() : row.get("version").asLong() - 1;
            if ("RELATION".equals(row.get("type").asString())) {
                relations.put(row.get("id").asString(), Optional.ofNullable(before).map(text -> relation(read(text), version)));
            } else {
                entities.put(row.get("id").asString(), Optional.ofNullable(before).map(text -> entity(read(text), version)));
            }
        });
        return new Overlay(at, entities, relations);
    }

    /**
     * Reads that answer from the graph as recorded at the moment the argument gives (null: the
     * graph now): each statement runs after the revisions made since are undone in its own
     * transaction, which is rolled back ({@link GraphReads#after}). So every query answers as
     * recorded with the very statement it runs now, paging, limits and valid time included.
     */
    public GraphReads reads(String asRecordedOn) {
        return reads.after(Rewind.of(at(asRecordedOn)));
    }

    /** Refuses an argument that is not a moment, before anything is read; null (now) passes. */
    public static void check(String asRecordedOn) {
        if (asRecordedOn != null) {
            moment(asRecordedOn);
        }
    }

    /**
     * An ISO date-time with an offset, or a date: the end of that day in UTC, so "as recorded on
     * 2027-03-01" holds what was recorded during that day.
     */
    static Instant moment(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
            } catch (DateTimeParseException notADate) {
                throw ApiException.badInput("'asRecordedOn' is '" + text + "', not an ISO date-time with offset (2027-03-01T09:00:00Z) "
                        + "or a date (2027-03-01, meaning the end of that day, UTC).");
            }
        }
    }

    private static Instant parseStored(String text) {
        return java.time.ZonedDateTime.parse(text).toInstant();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        return json.readValue(text, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Overlay.RecordedEntity entity(Map<String, Object> snapshot, long version) {
        List<String> kinds = (List<String>) snapshot.get("kinds");
        SeedEntity entity = new SeedEntity((String) snapshot.get("id"), kinds, (String) snapshot.get("name"),
                (List<String>) snapshot.getOrDefault("aliases", List.of()), (String) snapshot.get("description"), null,
                (Map<String, Object>) snapshot.getOrDefault("properties", Map.of()), citations(snapshot), CURATED, 0);
        Map<String, Object> props = new HashMap<>((Map<String, Object>) SeedRows.entityRow(entity, CURATED).get("props"));
        props.put("version", version);
        List<String> labels = new ArrayList<>(kinds);
        labels.add("Entity");
        return new Overlay.RecordedEntity(props, labels);
    }

    @SuppressWarnings("unchecked")
    private static Overlay.RecordedRelation relation(Map<String, Object> snapshot, long version) {
        SeedRelation relation = new SeedRelation((String) snapshot.get("from"), (String) snapshot.get("type"), (String) snapshot.get("to"),
                (Map<String, Object>) snapshot.getOrDefault("properties", Map.of()), citations(snapshot), CURATED, 0);
        Map<String, Object> props = new HashMap<>((Map<String, Object>) SeedRows.relationRow(relation, CURATED).get("props"));
        props.put("version", version);
        return new Overlay.RecordedRelation(relation.id(), relation.type(), relation.from(), relation.to(), props);
    }

    @SuppressWarnings("unchecked")
    private static List<SeedCitation> citations(Map<String, Object> snapshot) {
        List<SeedCitation> citations = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) snapshot.getOrDefault("citations", List.of())) {
            Object paragraph = c.get("paragraph");
            citations.add(new SeedCitation((String) c.get("document"), paragraph == null ? null : ((Number) paragraph).intValue(),
                    (String) c.get("quote"), (String) c.get("reference"), (String) c.get("detail"), CURATED, 0));
        }
        return citations;
    }
}
