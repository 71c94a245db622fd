package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.testsupport.TestNeo4j;

/** The counts of an empty graph are zeros, not an internal error (audit 5: stats after a wipe). */
class EmptyGraphIT {

    @Test
    void shouldCountAnEmptyGraphAsEmpty() {
        try (TestNeo4j empty = TestNeo4j.start("empty-graph")) {
            GraphReads reads = GraphReads.overBolt(empty.driver(), Duration.ofSeconds(5));
            var repository = new TimelineAndStatsRepository(org.migrationgraph.asrecorded.AsRecorded.over(reads),
                    new CountTallies(reads, new org.migrationgraph.change.GraphChanges()));

            Stats stats = repository.stats(org.migrationgraph.validtime.ValidTime.ALWAYS, null);

            assertThat(stats.entities()).isZero();
            assertThat(stats.relations()).isZero();
            assertThat(stats.byKind()).isEmpty();
            assertThat(repository.stats(org.migrationgraph.validtime.ValidTime.of("2020", null, "EXCLUDE"), null).relations()).isZero();
            MostConnectedTallies tallies = new MostConnectedTallies(reads, new org.migrationgraph.change.GraphChanges());
            var mostConnected = new MostConnectedRepository(org.migrationgraph.asrecorded.AsRecorded.over(reads), tallies);
            assertThat(mostConnected.mostConnected(5, org.migrationgraph.validtime.ValidTime.ALWAYS, null)).isEmpty();
            assertThat(mostConnected.mostConnected(5, org.migrationgraph.validtime.ValidTime.of("2020", null, "EXCLUDE"), null)).isEmpty();
            for (DegreeTallies.Counted counted : DegreeTallies.Counted.values()) {
                DegreeTallies none = DegreeTallies.tally(reads, 0, counted, DegreeTallies.TALLIED, Duration.ofSeconds(5));
                assertThat(none.validities()).isEmpty();
                assertThat(mostConnected.fromTallies(none, 5, org.migrationgraph.validtime.ValidTime.of("2020", null, "EXCLUDE"))).isEmpty();
            }
            tallies.stop();
        }
    }
}
