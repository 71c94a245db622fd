package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** Both read paths against the shared embedded database: same rows, same limits, same failures. */
class GraphReadsIT extends GraphIntegrationTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final String SLOW = "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)";

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    ReadsProperties properties;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embeddedProvider;

    private InProcessGraphReads inProcess() {
        return new InProcessGraphReads(embedded.database(), ONE_SECOND);
    }

    private BoltGraphReads bolt() {
        return new BoltGraphReads(driver, ONE_SECOND);
    }

    @Test
    void shouldDeliverTheSameRowsInProcessAsOverBolt() {
        // Plain Java on both sides: array properties as lists, integers as Long, dates as LocalDate.
        List<String> statements = List.of(
                "MATCH (n:Entity {id: 'state:PHL'}) RETURN n {.*} AS node, labels(n) AS labels, properties(n) AS props",
                "MATCH (:Entity {id: 'org:network'})-[r]->(m:Entity) RETURN type(r) AS type, properties(r) AS props, "
                        + "{props: properties(m), labels: labels(m)} AS other ORDER BY r.id LIMIT 25",
                "MATCH (m:Meeting) RETURN m {.*} AS meeting ORDER BY m.id",
                "MATCH (d:Entity)-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN d.id AS document, p.number AS number, p.text AS text "
                        + "ORDER BY d.id, p.number",
                "RETURN 1 AS integer, 1.5 AS float, true AS flag, null AS nothing, date('2019-12-11') AS day, "
                        + "[1, 'a', [2.5]] AS mixed, {a: [1, 2], b: {c: null}} AS nested, count(*) AS total");
        for (String statement : statements) {
            List<Map<String, Object>> local = inProcess().list(statement, Map.of(), Row::asMap);
            List<Map<String, Object>> remote = bolt().list(statement, Map.of(), Row::asMap);
            assertThat(local).as(statement).isNotEmpty().isEqualTo(remote);
        }
    }

    @Test
    void shouldReturnArrayPropertiesAsListsLikeBolt() {
        Row row = inProcess().first("MATCH (n:Entity {id: 'state:GBR'}) RETURN n.aliases AS aliases", Map.of(), r -> r)
                .orElseThrow();
        assertThat(row.get("aliases").asList(v -> v.asString())).contains("UK");
    }

    @Test
    void shouldRefuseToWriteInARead() {
        assertThatThrownBy(() -> inProcess().list("CREATE (:ReadProbe) RETURN 1 AS one", Map.of(), r -> r))
                .hasMessageContaining("not allowed");
        assertThat(cypher("MATCH (n:ReadProbe) RETURN count(n) AS n").get(0)).containsEntry("n", 0L);
    }

    @Test
    void shouldReadAfterASetUpThatNobodyElseSeesAndThatIsNeverKept() {
        var setUp = List.of(new GraphReads.Statement("MATCH (n:Entity {id: 'state:PHL'}) SET n.name = $name", Map.of("name", "Rewound")));
        String name = "MATCH (n:Entity {id: 'state:PHL'}) RETURN n.name AS name";
        for (GraphReads reads : List.of(inProcess(), bolt())) {
            assertThat(reads.after(setUp).list(name, Map.of(), r -> r.get("name").asString())).containsExactly("Rewound");
            assertThat(reads.after(List.of())).isSameAs(reads);
        }
        assertThat(cypher(name).get(0)).containsEntry("name", "Philippines");
    }

    @Test
    void shouldKeepTheStatementAfterASetUpReadOnlyInProcess() {
        var setUp = List.of(new GraphReads.Statement("MATCH (n:Entity {id: 'state:PHL'}) SET n.probe = true", Map.of()));
        assertThatThrownBy(() -> inProcess().after(setUp).list("CREATE (:ReadProbe) RETURN 1 AS one", Map.of(), r -> r))
                .hasMessageContaining("not allowed");
        assertThat(cypher("MATCH (n:ReadProbe) RETURN count(n) AS n").get(0)).containsEntry("n", 0L);
        assertThat(cypher("MATCH (n:Entity {id: 'state:PHL'}) RETURN n.probe AS probe").get(0)).containsEntry("probe", null);
    }

    @Test
    void shouldStopARunawayReadOnEitherPathAsReadTimedOut() {
        assertThatThrownBy(() -> inProcess().list(SLOW, Map.of(), r -> r)).isInstanceOf(ReadTimedOutException.class);
        assertThatThrownBy(() -> bolt().list(SLOW, Map.of(), r -> r)).isInstanceOf(ReadTimedOutException.class);
    }

    /**
     * A read that would pass a transaction's memory limit is refused on either path as too large,
     * not as an unreachable database (Bolt calls it transient) nor as an unexpected error. The
     * limit is lowered for this test only: the seed's reads never come near the default.
     */
    @Test
    void shouldRefuseAReadThatNeedsTooMuchMemoryOnEitherPathAsTooLarge() {
        String large = "UNWIND range(1, 2000000) AS x RETURN size(collect(x)) AS n";
        Config config = embedded.database().getDependencyResolver().resolveDependency(Config.class);
        config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, 8L * 1024 * 1024, getClass().getSimpleName());
        try {
            assertThatThrownBy(() -> inProcess().list(large, Map.of(), r -> r)).isInstanceOf(ReadOutOfMemoryException.class);
            assertThatThrownBy(() -> bolt().list(large, Map.of(), r -> r)).isInstanceOf(ReadOutOfMemoryException.class);
        } finally {
            config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, 0L, getClass().getSimpleName());
        }
        assertThat(inProcess().list(large, Map.of(), r -> r.get("n").asInt())).containsExactly(2_000_000);
    }

    @Test
    void shouldGiveEachReadOnlyWhatTheRequestHasLeftOfItsTime() {
        var patient = List.of(new InProcessGraphReads(embedded.database(), Duration.ofSeconds(30)),
                new BoltGraphReads(driver, Duration.ofSeconds(30)));
        for (GraphReads reads : patient) {
            long started = System.nanoTime();
            try (var bound = ReadBudget.startingNow(Duration.ofMillis(400)).bind()) {
                assertThatThrownBy(() -> reads.list(SLOW, Map.of(), r -> r)).isInstanceOf(ReadTimedOutException.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldNotStartAReadOnceTheRequestsTimeIsUp() {
        try (var bound = ReadBudget.startingNow(Duration.ZERO).bind()) {
            assertThatThrownBy(() -> inProcess().list("RETURN 1 AS one", Map.of(), r -> r)).isInstanceOf(ReadTimedOutException.class);
        }
        assertThat(inProcess().list("RETURN 1 AS one", Map.of(), r -> r.get("one").asInt())).containsExactly(1);
    }

    @Test
    void shouldApplyTheFiveSecondDefaultTimeout() {
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldExplainThatANodeCannotLeaveTheTransaction() {
        assertThatThrownBy(() -> inProcess().list("MATCH (n:Entity {id: 'state:PHL'}) RETURN n", Map.of(), r -> r))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A read returned a NodeEntity; return its properties and labels as maps instead.");
    }

    @Test
    void shouldReadInProcessOnlyWhenTheDatabaseIsEmbeddedAndInProcessReadsAreOn() {
        var configuration = new GraphReadsConfiguration();
        assertThat(configuration.graphReads(embeddedProvider, driver, new ReadsProperties(ONE_SECOND, true)))
                .isInstanceOf(InProcessGraphReads.class);
        assertThat(configuration.graphReads(embeddedProvider, driver, new ReadsProperties(ONE_SECOND, false)))
                .isInstanceOf(BoltGraphReads.class);
    }
}
