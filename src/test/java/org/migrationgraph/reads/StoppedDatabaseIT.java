package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.GraphDatabase;

/** A database that has stopped is DATABASE_UNAVAILABLE on either read path, and said at once. */
class StoppedDatabaseIT {

    @Test
    void shouldReportAStoppedDatabaseAsUnreachableWithoutRetryingPastTheRequestsTime() {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(TestDirectories.fresh("stopped"), 0, TestNeo4j.LEAN);
        try (var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken())) {
            List<GraphReads> paths = List.of(new InProcessGraphReads(dbms.database(), Duration.ofSeconds(5)),
                    new BoltGraphReads(driver, Duration.ofSeconds(5)));
            for (GraphReads reads : paths) {
                assertThat(reads.list("RETURN 1 AS one", Map.of(), r -> r.get("one").asInt())).containsExactly(1);
            }
            dbms.close();
            for (GraphReads reads : paths) {
                long started = System.nanoTime();
                assertThatThrownBy(() -> reads.list("RETURN 1 AS one", Map.of(), r -> r))
                        .as(reads.getClass().getSimpleName()).isInstanceOf(DatabaseUnreachableException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }
}
