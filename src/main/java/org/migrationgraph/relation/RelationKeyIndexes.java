package org.migrationgraph.relation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.migrationgraph.schema.IndexesMadeTogether;
import org.migrationgraph.seed.BulkWrites;
import org.neo4j.driver.Driver;
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

    private static final String CREATE = "CREATE INDEX %s IF NOT EXISTS FOR ()-[r:`%s`]-() ON (r.%s)";

    private final Driver driver;
    private volatile Set<String> indexed = Set.of();

    RelationKeyIndexes(Driver driver) {
        this.driver = driver;
    }

    /** Makes the missing indexes of every declared relation type and waits until they are online. */
    public void ensure() {
        long started = System.nanoTime();
        List<String> types = IndexesMadeTogether.terms(driver, "relationType");
        List<IndexesMadeTogether.Named> creates = types.stream().flatMap(type -> Stream.of(BulkWrites.FROM_KEY, BulkWrites.TO_KEY)
                .map(key -> new IndexesMadeTogether.Named(indexName(type, key), CREATE.formatted(indexName(type, key), type, key))))
                .toList();
        int added = IndexesMadeTogether.make(driver, creates);
        indexed = Set.copyOf(types);
        if (added > 0) {
            log.info("Made {} relation page key indexes for {} relation types, online in {} ms", added, types.size(),
                    (System.nanoTime() - started) / 1_000_000);
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
