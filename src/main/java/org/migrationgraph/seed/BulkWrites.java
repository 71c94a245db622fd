package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.validtime.ValidTimeCypher;
import org.neo4j.driver.TransactionContext;

/**
 * The bulk write path: entities, paragraphs and relations as batched UNWIND ... MERGE statements
 * over rows in {@link SeedRows}' shape. The seed loader runs them in one transaction; the
 * synthetic graph generator ({@code generate} package) in a transaction per chunk. MERGE on the
 * unique ids makes a second load of the same rows change nothing.
 */
public final class BulkWrites {

    static final int BATCH_SIZE = 500;

    /**
     * The entity's name as lists sort it, lower-cased: stored and indexed so that a list of a
     * large kind reads its first page in order from the index instead of sorting every entity.
     */
    public static final String SORT_NAME = "sortName";
    /**
     * The date lists sort an entity by, its {@code date} or else its {@code startDate}, stored and
     * indexed for the same reason as {@link #SORT_NAME}. An undated entity has {@link #UNDATED},
     * which comes after every ISO date as null does in Cypher's order (last ascending, first
     * descending): an index holds no null, and a list must still give the undated entities.
     */
    public static final String SORT_DATE = "sortDate";
    /** The sort date of an entity with neither date: '~' sorts after every digit. */
    public static final String UNDATED = "~";
    /**
     * The last day a dated entity reaches, its {@code endDate} or else its date or start date
     * (absent when it has neither of those): stored and indexed so that "dated from" a day is a
     * range seek rather than a read of every entity's three dates.
     */
    public static final String LAST_DATE = "lastDate";
    /**
     * What the valid-time rules make of the properties just written (ValidTimeCypher), the sort
     * name and date, and the last date: every writer stores them.
     */
    public static final String DERIVE_ENTITY = "SET n." + ValidTimeCypher.PROPERTY + " = " + ValidTimeCypher.entityValidity("n")
            + ", n." + SORT_NAME + " = toLower(n.name), n." + SORT_DATE + " = " + sortDate("n")
            + ", n." + LAST_DATE + " = " + lastDate("n") + "\n";
    /**
     * A relation's page keys: its start's (fromKey) and its end's (toKey) entity id, a space, and
     * its own id. A range index per relation type on each lets an entity's relations of that type
     * be read in id order from any point without reading the rest (relation pages of a hub); ids
     * hold no space, so an entity's keys share one prefix no other entity's keys have.
     */
    public static final String FROM_KEY = "fromKey";
    public static final String TO_KEY = "toKey";
    public static final String DERIVE_KEYS = "SET r.fromKey = startNode(r).id + ' ' + r.id, r.toKey = endNode(r).id + ' ' + r.id\n";
    /** The relation's validity and page keys: every writer stores them. */
    public static final String DERIVE_RELATION = "SET r." + ValidTimeCypher.PROPERTY + " = " + ValidTimeCypher.relationValidity("r") + "\n"
            + DERIVE_KEYS;

    static final String ENTITIES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            WITH n, row, [l IN labels(n) WHERE l <> 'Entity' AND NOT l IN row.kinds] AS stale, n.version AS version
            REMOVE n:$(stale)
            SET n = row.props
            SET n:$(row.kinds), n.version = coalesce(version, 1)
            """ + DERIVE_ENTITY;
    static final String PARAGRAPHS = """
            UNWIND $rows AS row
            MATCH (d:Entity {id: row.props.document})
            MERGE (p:Paragraph {id: row.id})
            SET p = row.props
            MERGE (d)-[h:HAS_PARAGRAPH]->(p)
            SET h.seedVersion = row.props.seedVersion
            """;
    static final String RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:$(row.type)]->(b)
            WITH r, row, r.version AS version
            SET r = row.props
            SET r.version = coalesce(version, 1)
            """ + DERIVE_RELATION;

    private BulkWrites() {
    }

    /** The Cypher expression of an entity's {@link #SORT_DATE}. */
    public static String sortDate(String entity) {
        return "coalesce(%1$s.date, %1$s.startDate, '%2$s')".formatted(entity, UNDATED);
    }

    /** The same rule in Java, for a writer that does not go through Cypher (generate.StoreImport). */
    public static String sortDate(Map<String, Object> properties) {
        Object date = properties.get("date") != null ? properties.get("date") : properties.get("startDate");
        return date != null ? date.toString() : UNDATED;
    }

    /** The Cypher expression of an entity's {@link #LAST_DATE}: null, which removes it, for the undated. */
    public static String lastDate(String entity) {
        return "CASE WHEN coalesce(%1$s.date, %1$s.startDate) IS NOT NULL THEN coalesce(%1$s.endDate, %1$s.date, %1$s.startDate) END"
                .formatted(entity);
    }

    /** The same rule in Java (generate.StoreImport); empty for an undated entity. */
    public static Optional<String> lastDate(Map<String, Object> properties) {
        if (properties.get("date") == null && properties.get("startDate") == null) {
            return Optional.empty();
        }
        Object end = properties.get("endDate");
        return Optional.of(end != null ? end.toString() : sortDate(properties));
    }

    /** Entities: rows of {id, kinds, props}. Answers how many nodes were created or gained a label. */
    public static long entities(TransactionContext tx, List<Map<String, Object>> rows, int batchSize) {
        return batched(tx, ENTITIES, rows, batchSize);
    }

    /** Paragraphs of documents already written: rows of {id, props} with props.document. Answers what was created. */
    public static long paragraphs(TransactionContext tx, List<Map<String, Object>> rows, int batchSize) {
        return batched(tx, PARAGRAPHS, rows, batchSize);
    }

    /** Relations between entities already written: rows of {from, to, type, props}. Answers how many were created. */
    public static long relations(TransactionContext tx, List<Map<String, Object>> rows, int batchSize) {
        return batched(tx, RELATIONS, rows, batchSize);
    }

    /** Runs the statement over the rows in batches; answers the nodes and relationships created and labels added. */
    static long batched(TransactionContext tx, String cypher, List<Map<String, Object>> rows, int batchSize) {
        long created = 0;
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Map<String, Object>> batch = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + batchSize)));
            var counters = tx.run(cypher, Map.of("rows", batch)).consume().counters();
            created += counters.nodesCreated() + counters.relationshipsCreated() + counters.labelsAdded();
        }
        return created;
    }
}
