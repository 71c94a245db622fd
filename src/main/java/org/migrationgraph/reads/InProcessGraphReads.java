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

    private final GraphDatabaseAPI database;
    private final SecurityContext readOnly;
    private final Duration timeout;

    InProcessGraphReads(GraphDatabaseAPI database, Duration timeout) {
        this.database = database;
        this.readOnly = SecurityContext.authDisabled(AccessMode.Static.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
                database.databaseName());
        this.timeout = timeout;
    }

    @Override
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
        long timeoutMillis = Math.max(1, ReadBudget.nextStatement(timeout).toMillis());
        try (var tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly,
                ClientConnectionInfo.EMBEDDED_CONNECTION, timeoutMillis, TimeUnit.MILLISECONDS);
             Result result = tx.execute(cypher, parameters)) {
            List<T> mapped = new ArrayList<>();
            while (result.hasNext()) {
                mapped.add(row.apply(new Row(PlainValues.row(result.next()))));
            }
            return mapped;
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    @Override
    public void forEach(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Row> row) {
        try (var tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly,
                ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS);
             Result result = tx.execute(cypher, parameters)) {
            while (result.hasNext()) {
                row.accept(new Row(PlainValues.row(result.next())));
            }
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    private static RuntimeException translated(RuntimeException e) {
        Status status = Status.statusCodeOf(e);
        String code = status == null ? "" : status.code().serialize();
        if (code.contains("TransactionTimedOut")) {
            return new ReadTimedOutException(e);
        }
        if (code.contains("DatabaseUnavailable") || code.contains("DatabaseNotFound")) {
            return new DatabaseUnreachableException(e);
        }
        return e;
    }
}
