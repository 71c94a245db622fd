package org.migrationgraph.reads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** Reads through the driver: the path for an external Neo4j, a cluster (routed to readers) or Aura. */
final class BoltGraphReads implements GraphReads {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final Duration timeout;

    BoltGraphReads(Driver driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    @Override
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
        List<Record> records;
        Duration left = ReadBudget.nextStatement(timeout);
        var config = TransactionConfig.builder().withTimeout(Duration.ofMillis(Math.max(1, left.toMillis()))).build();
        // An unmanaged transaction: the driver's managed ones retry for up to 30 s, far past the
        // request's time limit; the client may simply ask again.
        try (var session = driver.session(READ); var tx = session.beginTransaction(config)) {
            records = tx.run(cypher, parameters).list();
        } catch (Neo4jException e) {
            throw translated(e);
        }
        List<T> mapped = new ArrayList<>(records.size());
        records.forEach(r -> mapped.add(row.apply(new Row(r.asMap()))));
        return mapped;
    }

    private static RuntimeException translated(Neo4jException e) {
        if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
            return new ReadTimedOutException(e);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException || e instanceof TransientException) {
            return new DatabaseUnreachableException(e);
        }
        return e;
    }
}
