package org.migrationgraph.reads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** Reads through the driver: the path for an external Neo4j, a cluster (routed to readers) or Aura. */
final class BoltGraphReads implements GraphReads {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    /** How long past its own time limit a read may take to be reported by the server, before it is given up here. */
    private static final Duration GRACE = Duration.ofMillis(500);

    /** A set-up writes, so it goes where writes go (the cluster's leader); its transaction is rolled back all the same. */
    private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

    private final Driver driver;
    private final Duration timeout;
    private final List<Statement> setUp;

    BoltGraphReads(Driver driver, Duration timeout) {
        this(driver, timeout, List.of());
    }

    private BoltGraphReads(Driver driver, Duration timeout, List<Statement> setUp) {
        this.driver = driver;
        this.timeout = timeout;
        this.setUp = List.copyOf(setUp);
    }

    @Override
    public GraphReads after(List<Statement> statements) {
        return statements.isEmpty() ? this : new BoltGraphReads(driver, timeout, statements);
    }

    @Override
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
        Duration left = ReadBudget.nextStatement(timeout);
        var config = TransactionConfig.builder().withTimeout(Duration.ofMillis(Math.max(1, left.toMillis()))).build();
        List<Record> records = await(read(cypher, parameters, config), left);
        List<T> mapped = new ArrayList<>(records.size());
        records.forEach(r -> mapped.add(row.apply(new Row(r.asMap()))));
        return mapped;
    }

    /** Records stream in the driver's fetch-size batches, so only a batch is held at a time. */
    @Override
    public void forEach(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Row> row) {
        var config = TransactionConfig.builder().withTimeout(timeout).build();
        try (var session = driver.session(setUp.isEmpty() ? READ : WRITE); var tx = session.beginTransaction(config)) {
            setUp.forEach(statement -> tx.run(statement.cypher(), statement.parameters()).consume());
            var result = tx.run(cypher, parameters);
            while (result.hasNext()) {
                row.accept(new Row(result.next().asMap()));
            }
        } catch (Neo4jException e) {
            throw translated(e);
        }
    }

    /**
     * One unmanaged read transaction (the driver's managed ones retry for up to 30 s, far past the
     * request's time limit; the client may simply ask again), run asynchronously so that the wait
     * for it can be bounded here: the server's transaction timeout cannot stop a server that has
     * stopped answering (audit 6a': a frozen database hung requests for the whole freeze).
     */
    private CompletableFuture<List<Record>> read(String cypher, Map<String, Object> parameters, TransactionConfig config) {
        AsyncSession session = driver.session(AsyncSession.class, setUp.isEmpty() ? READ : WRITE);
        return session.beginTransactionAsync(config)
                .thenCompose(tx -> setUpIn(tx).thenCompose(done -> tx.runAsync(cypher, parameters)).thenCompose(ResultCursor::listAsync)
                        .whenComplete((records, error) -> tx.rollbackAsync()))
                .whenComplete((records, error) -> session.closeAsync())
                .toCompletableFuture();
    }

    /** The set-up's statements one after the other in the transaction. */
    private java.util.concurrent.CompletionStage<Void> setUpIn(org.neo4j.driver.async.AsyncTransaction tx) {
        java.util.concurrent.CompletionStage<Void> done = CompletableFuture.completedFuture(null);
        for (Statement statement : setUp) {
            done = done.thenCompose(previous -> tx.runAsync(statement.cypher(), statement.parameters()))
                    .thenCompose(ResultCursor::consumeAsync).thenApply(summary -> null);
        }
        return done;
    }

    private static List<Record> await(CompletableFuture<List<Record>> pending, Duration left) {
        try {
            // A little past the server's own timeout, so that a live server reports it first.
            return pending.get(left.toMillis() + GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new ReadTimedOutException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof Neo4jException neo4j) {
                throw translated(neo4j);
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadTimedOutException(e);
        }
    }

    private static RuntimeException translated(Neo4jException e) {
        if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
            return new ReadTimedOutException(e);
        }
        // Transient too, but retrying the same question would fail the same way: not "unreachable".
        if (String.valueOf(e.code()).contains(InProcessGraphReads.OUT_OF_MEMORY)) {
            return new ReadOutOfMemoryException(e);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException || e instanceof TransientException) {
            return new DatabaseUnreachableException(e);
        }
        return e;
    }
}
