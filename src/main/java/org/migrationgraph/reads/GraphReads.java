package org.migrationgraph.reads;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.Driver;

/**
 * How the API reads the graph: each call runs one Cypher statement in its own read-only
 * transaction, stopped by Neo4j after {@code migration-graph.reads.timeout}. Rows arrive as
 * plain Java values whichever way the statement ran (in-process or over Bolt, see ADR 6), so a
 * repository's mapping code is the same in both modes.
 */
public interface GraphReads {

    /** Every row of the statement, each mapped once, in order. */
    <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row);

    /** The first row, if there is one. */
    default <T> Optional<T> first(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
        List<T> rows = list(cypher, parameters, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Hands every row to {@code row} as it arrives, holding none of them: for exports, whose size
     * is the graph's. One read-only transaction, stopped after {@code timeout} (not the request's
     * budget: an export's time is its size).
     */
    void forEach(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Row> row);

    /**
     * The same reads, each statement run after {@code setUp} in one transaction that is always
     * rolled back: the statement sees the graph as the set-up leaves it, nobody else ever does, and
     * nothing is kept. This is how the graph is read as it was recorded at a moment (the set-up
     * undoes the revisions made since, see asrecorded.AsRecorded), so that every query answers as
     * recorded with its own statement. The set-up runs with write access, the statement itself
     * read-only where the database lets a transaction drop its access (in process); an empty
     * set-up gives these reads back.
     */
    GraphReads after(List<Statement> setUp);

    /** A Cypher statement with its parameters. */
    record Statement(String cypher, Map<String, Object> parameters) {
    }

    /** Reads in this JVM through the embedded API (ADR 6): how the service reads its embedded database. */
    static GraphReads inProcess(org.neo4j.kernel.internal.GraphDatabaseAPI database, Duration timeout) {
        return new InProcessGraphReads(database, timeout);
    }

    /** Reads over Bolt through {@code driver}: the external-database path, also handy to point a repository at a test database. */
    static GraphReads overBolt(Driver driver, Duration timeout) {
        return new BoltGraphReads(driver, timeout);
    }

    /**
     * An optional list of names as two parameters whose types never change: {@code any} is true
     * when the list is null (no filter), and the list is then {@code [""]}, a list of strings all
     * the same. Neo4j plans a statement anew for each combination of its parameters' types, null
     * being one of them, so "no filter" adds no plan of its own beyond those a list's size class
     * (one element, a few, more) already makes.
     */
    static Map<String, Object> optionalList(Map<String, Object> parameters, String name, String any, List<String> values) {
        parameters.put(any, values == null);
        parameters.put(name, values == null ? List.of("") : values);
        return parameters;
    }

    /** Parameters from alternating names and values; unlike Map.of, a value may be null ("no filter"). */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
