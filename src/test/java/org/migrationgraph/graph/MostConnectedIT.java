package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The most connected entities found among the candidates with the most relationships are the
 * ones found by counting every entity, in every window and for every number asked for; and the
 * candidates do answer when they can (the seed's answer without a window), not always the fallback.
 */
class MostConnectedIT extends GraphIntegrationTest {

    @Autowired
    MostConnectedRepository repository;
    @Autowired
    MostConnectedTallies tallies;
    @Autowired
    GraphReads reads;
    @Autowired
    GraphChanges changes;

    private static List<ValidTime> windows() {
        Map<String, Object> period = new HashMap<>();
        period.put("from", "2018");
        period.put("to", "2019-06");
        Map<String, Object> until = new HashMap<>();
        until.put("to", "2019");
        return List.of(ValidTime.ALWAYS, ValidTime.of("2019-12-31", null, null), ValidTime.of("2019-12-31", null, "EXCLUDE"),
                ValidTime.of("2022", null, "EXCLUDE"), ValidTime.of("1990", null, "EXCLUDE"), ValidTime.of(null, period, null),
                ValidTime.of(null, until, "EXCLUDE"));
    }

    /**
     * Tallied, the entities with the most relations of the seed's 428 give their degrees in every
     * window their way of counting answers; the answer stands only when none left out could reach
     * the top. A few tallied: the top of 100 can never be among them, and the answer steps aside;
     * all of them: every answer stands unless fewer entities than asked for have relations in the
     * window, and one whose last ties the first left out stands when its id comes first. The dated
     * relations' tallies answer only where undated facts are left out.
     */
    @Test
    void theDegreeTalliesGiveWhatCountingEveryEntityGivesOrStepAside() {
        int tiedWithTheFirstLeftOut = 0;
        for (DegreeTallies.Counted counted : DegreeTallies.Counted.values()) {
            int answered = 0;
            int steppedAside = 0;
            for (int tallied : List.of(1, 5, 10, 11, DegreeTallies.TALLIED, 10_000)) {
                DegreeTallies now = DegreeTallies.tally(reads, changes.generation(), counted, tallied, Duration.ofSeconds(30));
                if (tallied == 1 || tallied == 10_000) {
                    assertThat(now.leftOut() == null).as("%s: every entity tallied", counted).isEqualTo(tallied == 10_000);
                }
                for (ValidTime window : windows().stream().filter(counted::answers).toList()) {
                    for (int limit : List.of(1, 3, 10, 12, 100)) {
                        var fromTallies = repository.fromTallies(now, limit, window);
                        if (fromTallies.isPresent()) {
                            answered++;
                            assertThat(fromTallies.get()).as("%s, %d tallied, %s, limit %d", counted, tallied, window, limit)
                                    .isEqualTo(repository.overEveryEntity(limit, window, null));
                            if (now.leftOut() != null && fromTallies.get().get(limit - 1).degree() == now.leftOut().most()) {
                                tiedWithTheFirstLeftOut++;
                            }
                        } else {
                            steppedAside++;
                            assertThat(tallied != 10_000 || limit == 100 || window.bound()).as("%s, limit %d", window, limit).isTrue();
                        }
                    }
                }
            }
            assertThat(answered).as("%s answered", counted).isPositive();
            assertThat(steppedAside).as("%s stepped aside", counted).isPositive();
        }
        assertThat(tiedWithTheFirstLeftOut).as("answers whose last ties the first left out, ahead of it by id").isPositive();
    }

    /**
     * Where undated facts are left out, the dated relations' tallies know the top where those of
     * every relation cannot: the seed's entities with the most relationships are undated (org:un,
     * 200), and its dated relations are three, the most to one entity two (the MPTF's steering
     * committee of 2019-12-10).
     */
    @Test
    void theDatedRelationsKnowTheTopOfAWindowWithoutUndatedFactsWhereEveryRelationCannot() {
        ValidTime excluding = ValidTime.of("2019-12-31", null, "EXCLUDE");
        DegreeTallies every = DegreeTallies.tally(reads, changes.generation(), DegreeTallies.Counted.EVERY_RELATION, 1, Duration.ofSeconds(30));
        DegreeTallies dated = DegreeTallies.tally(reads, changes.generation(), DegreeTallies.Counted.DATED_RELATIONS, 1, Duration.ofSeconds(30));

        assertThat(repository.fromTallies(every, 1, excluding)).isEmpty();
        assertThat(repository.fromTallies(dated, 1, excluding)).contains(repository.overEveryEntity(1, excluding, null));
        assertThat(dated.leftOut().most()).isLessThan(every.leftOut().most());
    }

    /** The service's tallies are made in the background once asked for, and stand aside after a write until made again. */
    @Test
    void theServiceMakesItsTalliesOncePerStateOfTheGraph() {
        ValidTime excluding = ValidTime.of("2022", null, "EXCLUDE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> datedMade(excluding));
        DegreeTallies made = tallies.now(ValidTime.ALWAYS).orElseThrow();
        assertThat(made.generation()).isEqualTo(changes.generation());
        assertThat(made.counted()).isEqualTo(DegreeTallies.Counted.EVERY_RELATION);
        assertThat(made.size()).isEqualTo(DegreeTallies.TALLIED);
        assertThat(tallies.now(excluding).orElseThrow().counted()).isEqualTo(DegreeTallies.Counted.DATED_RELATIONS);

        changes.invalidate();

        assertThat(tallies.now(ValidTime.ALWAYS)).as("a write makes them stale").isEmpty();
        assertThat(tallies.now(excluding)).isEmpty();
        assertThat(repository.mostConnected(12, ValidTime.ALWAYS, null)).as("the graph counted meanwhile")
                .isEqualTo(repository.overEveryEntity(12, ValidTime.ALWAYS, null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> datedMade(excluding));
        assertThat(tallies.now(ValidTime.ALWAYS).orElseThrow().generation()).isEqualTo(changes.generation());
    }

    /** The dated relations' tallies come second: once they answer, both are made. */
    private boolean datedMade(ValidTime excluding) {
        return tallies.now(excluding).map(DegreeTallies::counted).filter(DegreeTallies.Counted.DATED_RELATIONS::equals).isPresent();
    }

    @Test
    void theCandidatesGiveWhatCountingEveryEntityGivesOrStepAside() {
        List<ValidTime> windows = windows();
        int answered = 0;
        int steppedAside = 0;
        for (ValidTime window : windows) {
            for (int limit : List.of(1, 3, 12, 100)) {
                List<Degree> counted = repository.overEveryEntity(limit, window, null);
                var candidates = repository.amongCandidates(limit, window, null);
                if (candidates.isPresent()) {
                    answered++;
                    assertThat(candidates.get()).as("%s, limit %d", window, limit).isEqualTo(counted);
                } else {
                    steppedAside++;
                }
                assertThat(repository.mostConnected(limit, window, null)).as("%s, limit %d", window, limit).isEqualTo(counted);
            }
        }
        assertThat(repository.amongCandidates(12, ValidTime.ALWAYS, null)).as("the seed's top 12, no window").isPresent();
        assertThat(answered).isPositive();
        assertThat(steppedAside).as("a window that leaves most relations out: the fallback runs").isPositive();
    }

    /**
     * What the candidates' ranking rests on: the degree store's number of relationships is never
     * less than the degree counted, also for a relationship from an entity to itself (each counts
     * it once). Written in a transaction that is rolled back, so the shared graph is untouched.
     */
    @Test
    void theDegreeStoreCountsARelationshipToItselfAsOftenAsTheCountedDegree() {
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            Map<String, Object> counts = tx.run("""
                    CREATE (n:Entity {id: 'test:loop'})-[:LOOP_PROBE]->(n)
                    CREATE (n)-[:LOOP_PROBE]->(:Entity {id: 'test:other'})
                    RETURN COUNT { (n)--() } AS bound, COUNT { MATCH (n)-[r]-(m:Entity) } AS degree
                    """).single().asMap();
            tx.rollback();

            assertThat(counts).containsEntry("bound", 2L).containsEntry("degree", 2L);
        }
    }
}
