package org.migrationgraph.schema;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * Indexes that depend on the seed's vocabulary (per relation type, per kind), so made at start-up
 * after the seed rather than in a migration: all in one transaction, then awaited online.
 */
public final class IndexesMadeTogether {

    /**
     * Populating them on a store of millions of records takes minutes, once, and even checking
     * that they exist can take seconds on a cold store; the database's request limit would cut either.
     */
    private static final TransactionConfig POPULATING = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();

    private static final String EXISTING = "SHOW INDEXES YIELD name, state";

    private static final String ONLINE = "ONLINE";

    private IndexesMadeTogether() {
    }

    /** The names of one vocabulary category's terms, in name order. */
    public static List<String> terms(Driver driver, String category) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (t:VocabularyTerm {category: $category}) RETURN t.name AS name ORDER BY name",
                    Map.of("category", category)).list(r -> r.get("name").asString()), POPULATING);
        }
    }

    /** One index: its name, and the CREATE INDEX statement that makes it under that name. */
    public record Named(String name, String create) {
    }

    /**
     * Makes the indexes not there yet in one transaction and waits until every one is online;
     * returns how many were new. Indexes made together are populated by one job in one pass over
     * the store: made one by one, each job paid its own pass (63 s for 70 relation indexes at a
     * million entities, against 19 s together). What exists is read first, in one statement,
     * because on every start but the first they all do: running their 121 CREATE INDEX ... IF NOT
     * EXISTS statements anyway, each parsed and planned, took about 1.5 s of every start on a cold
     * JVM.
     */
    public static int make(Driver driver, List<Named> indexes) {
        try (Session session = driver.session()) {
            Map<String, String> existing = session.executeRead(tx -> tx.run(EXISTING).stream()
                    .collect(Collectors.toMap(r -> r.get("name").asString(), r -> r.get("state").asString())), POPULATING);
            List<Named> missing = indexes.stream().filter(index -> !existing.containsKey(index.name())).toList();
            int added = missing.isEmpty() ? 0 : session.executeWrite(tx -> {
                int made = 0;
                for (Named index : missing) {
                    made += tx.run(index.create()).consume().counters().indexesAdded();
                }
                return made;
            }, POPULATING);
            if (added > 0 || !allOnline(indexes, existing)) {
                session.run("CALL db.awaitIndexes(1800)", POPULATING).consume();
            }
            return added;
        }
    }

    /** True when every one of the indexes was there and online (a restart can find one still populating). */
    private static boolean allOnline(List<Named> indexes, Map<String, String> states) {
        return indexes.stream().allMatch(index -> ONLINE.equals(states.get(index.name())));
    }
}
