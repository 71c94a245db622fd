package org.migrationgraph.reads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Reads in this JVM through Neo4j's embedded API: no Bolt encoding, socket or second thread
 * per statement (ADR 6). Transactions are read-only at the kernel, so a statement that tries to
 * write is refused by Neo4j as it would be in a driver read transaction against a cluster reader.
 */
final class InProcessGraphReads implements GraphReads {

    /** Neo4j's status when a transaction would pass its memory limit (MemoryLimitExceededException, and over Bolt). */
    static final String OUT_OF_MEMORY = "MemoryPoolOutOfMemoryError";

    private final GraphDatabaseAPI database;
    private final SecurityContext readOnly;
    private final SecurityContext writer;
    private final Duration timeout;
    private final List<Statement> setUp;

    InProcessGraphReads(GraphDatabaseAPI database, Duration timeout) {
        this(database, timeout, List.of());
    }

    private InProcessGraphReads(GraphDatabaseAPI database, Duration timeout, List<Statement> setUp) {
        this.database = database;
        this.readOnly = SecurityContext.authDisabled(AccessMode.Static.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
                database.databaseName());
        this.writer = SecurityContext.authDisabled(AccessMode.Static.WRITE, ClientConnectionInfo.EMBEDDED_CONNECTION,
                database.databaseName());
        this.timeout = timeout;
        this.setUp = List.copyOf(setUp);
    }

    @Override
    public GraphReads after(List<Statement> statements) {
        return statements.isEmpty() ? this : new InProcessGraphReads(database, timeout, statements);
    }

    @Override
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
        long timeoutMillis = Math.max(1, ReadBudget.nextStatement(timeout).toMillis());
        List<T> mapped = new ArrayList<>();
        read(cypher, parameters, timeoutMillis, r -> mapped.add(row.apply(r)));
        return mapped;
    }

    @Override
    public void forEach(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Row> row) {
        read(cypher, parameters, timeout.toMillis(), row);
    }

    /**
     * One transaction, never committed: read-only from the start, or, after a set-up, dropped to
     * read-only for the statement itself. Two set-ups over the same entities take their locks in
     * turn; should Neo4j still find a deadlock, the read is tried once more.
     */
    private void read(String cypher, Map<String, Object> parameters, long timeoutMillis, Consumer<Row> row) {
        for (int attempt = 1; ; attempt++) {
            try (var tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, setUp.isEmpty() ? readOnly : writer,
                    ClientConnectionInfo.EMBEDDED_CONNECTION, timeoutMillis, TimeUnit.MILLISECONDS)) {
                for (Statement statement : setUp) {
                    try (Result done = tx.execute(statement.cypher(), statement.parameters())) {
                        done.accept(each -> true);
                    }
                }
                try (var readOnlyNow = tx.overrideWith(readOnly); Result result = tx.execute(cypher, parameters)) {
                    while (result.hasNext()) {
                        row.accept(new Row(PlainValues.row(result.next())));
                    }
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == 1 && !setUp.isEmpty() && code(e).contains("DeadlockDetected")) {
                    continue;
                }
                throw translated(e);
            }
        }
    }

    private static String code(RuntimeException e) {
        Status status = Status.statusCodeOf(e);
        return status == null ? "" : status.code().serialize();
    }

    private static RuntimeException translated(RuntimeException e) {
        String code = code(e);
        if (code.contains("TransactionTimedOut")) {
            return new ReadTimedOutException(e);
        }
        if (code.contains(OUT_OF_MEMORY)) {
            return new ReadOutOfMemoryException(e);
        }
        if (code.contains("DatabaseUnavailable") || code.contains("DatabaseNotFound")) {
            return new DatabaseUnreachableException(e);
        }
        return e;
    }
}
