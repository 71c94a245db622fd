package org.migrationgraph.relation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.migrationgraph.seed.BulkWrites;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One range index per declared relation type on each page key, so that an entity with many
 * relations pages them from the index in id order (RelationRepository) instead of sorting them
 * all. Relationship indexes are per type, and the types are the seed's vocabulary, so they are
 * made at start-up after the seed, not in a migration; making an index that exists does nothing.
 */
@Component
public class RelationKeyIndexes {

    private static final Logger log = LoggerFactory.getLogger(RelationKeyIndexes.class);

    private static final String DECLARED_TYPES = """
            MATCH (t:VocabularyTerm {category: 'relationType'}) RETURN t.name AS name ORDER BY name
            """;
    private static final String CREATE = "CREATE INDEX %s IF NOT EXISTS FOR ()-[r:`%s`]-() ON (r.%s)";

    /**
     * Populating them on a store of millions of relations takes minutes, once, and even checking
     * that they exist can take seconds on a cold store; the database's request limit would cut either.
     */
    private static final TransactionConfig POPULATING = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();

    private final Driver driver;
    private volatile Set<String> indexed = Set.of();

    RelationKeyIndexes(Driver driver) {
        this.driver = driver;
    }

    /** Makes the missing indexes of every declared relation type and waits until they are online. */
    public void ensure() {
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            List<String> types = session.executeRead(tx -> tx.run(DECLARED_TYPES).list(r -> r.get("name").asString()), POPULATING);
            // One transaction: indexes made together are populated by one job in one pass over the
            // store. Made one by one, each job paid its own pass: 63 s for 70 indexes at a million entities.
            int added = session.executeWrite(tx -> {
                int made = 0;
                for (String type : types) {
                    for (String key : List.of(BulkWrites.FROM_KEY, BulkWrites.TO_KEY)) {
                        made += tx.run(CREATE.formatted(indexName(type, key), type, key)).consume().counters().indexesAdded();
                    }
                }
                return made;
            }, POPULATING);
            session.run("CALL db.awaitIndexes(1800)", POPULATING).consume();
            indexed = Set.copyOf(types);
            if (added > 0) {
                log.info("Made {} relation page key indexes for {} relation types, online in {} ms", added, types.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** The relation types whose page key indexes are online. */
    Set<String> indexed() {
        return indexed;
    }

    static String indexName(String type, String key) {
        return "relation_" + key + "_" + type.toLowerCase(Locale.ROOT);
    }
}
