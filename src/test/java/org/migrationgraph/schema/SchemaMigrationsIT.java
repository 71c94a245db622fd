package org.migrationgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestNeo4j;

/** Each test starts from an empty database (schema and data wiped), so none depends on another's leftovers. */
class SchemaMigrationsIT {

    private static final int ALL = MigrationFiles.load(SchemaMigrations.LOCATION).size();

    private static TestNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.start("migrations");
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @BeforeEach
    void emptyDatabase() {
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
            for (String constraint : session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())) {
                session.run("DROP CONSTRAINT `" + constraint + "`").consume();
            }
            for (String index : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                    .list(r -> r.get("name").asString())) {
                session.run("DROP INDEX `" + index + "`").consume();
            }
        }
    }

    private SchemaMigrations migrations() {
        return new SchemaMigrations(neo4j.driver(), Duration.ofSeconds(2), false);
    }

    @Test
    void shouldApplyEachMigrationOnceAndRecordIt() {
        assertThat(migrations().apply()).isEqualTo(ALL);
        assertThat(migrations().apply()).isZero();
        assertThat(neo4j.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(ALL);
        assertThat(neo4j.count("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN count(*)")).isEqualTo(1);
        assertThat(neo4j.count("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'entity_search' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void shouldUpgradeAStoreAnEarlierReleaseMigratedKeepingItsData() {
        migrations().apply(ALL - 1);
        try (var session = neo4j.driver().session()) {
            session.run("CREATE (:Entity {id: 'state:PHL', name: 'Philippines'})").consume();
        }

        assertThat(migrations().apply()).isEqualTo(1);
        assertThat(neo4j.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(ALL);
        assertThat(neo4j.count("MATCH (e:Entity {id: 'state:PHL'}) RETURN count(e)")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAMigrationEditedAfterItWasApplied() {
        migrations().apply();
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'edited'").consume();
        }

        assertThatThrownBy(migrations()::apply).hasMessage(
                "Schema migration V1 was changed after it was applied; add a new migration instead of editing it.");
    }

    @Test
    void shouldApplyEachMigrationOnceWhenInstancesStartTogether() {
        List<CompletableFuture<Integer>> instances = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> new SchemaMigrations(neo4j.driver(), Duration.ofSeconds(60), false).apply()))
                .toList();

        assertThat(instances.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(ALL);
        assertThat(neo4j.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(ALL);
        assertThat(neo4j.count("MATCH (l:SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void shouldSayHowToClearALockNobodyReleases() {
        migrations().apply();
        try (var session = neo4j.driver().session()) {
            session.run("CREATE (:SchemaMigrationLock {id: 'lock', owner: 'a crashed instance'})").consume();
        }

        assertThatThrownBy(migrations()::apply).hasMessageContaining("MATCH (l:SchemaMigrationLock) DELETE l");
    }

    @Test
    void shouldRemoveALockLeftByAKilledProcessWhenTheDatabaseIsItsAlone() {
        migrations().apply();
        try (var session = neo4j.driver().session()) {
            session.run("CREATE (:SchemaMigrationLock {id: 'lock', owner: 'killed', takenAt: datetime()})").consume();
        }

        assertThat(new SchemaMigrations(neo4j.driver(), Duration.ofSeconds(2), true).apply()).isZero();
        assertThat(neo4j.count("MATCH (l:SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void shouldMakeOnlyTheIndexesNotThereYetAndLeaveEachOnline() {
        List<IndexesMadeTogether.Named> indexes = List.of(
                new IndexesMadeTogether.Named("probe_from", "CREATE INDEX probe_from IF NOT EXISTS FOR ()-[r:PROBE]-() ON (r.fromKey)"),
                new IndexesMadeTogether.Named("probe_date", "CREATE RANGE INDEX probe_date IF NOT EXISTS FOR (e:Probe) ON (e.date)"));

        assertThat(IndexesMadeTogether.make(neo4j.driver(), indexes)).isEqualTo(2);
        assertThat(IndexesMadeTogether.make(neo4j.driver(), indexes)).isZero();
        try (var session = neo4j.driver().session()) {
            session.run("DROP INDEX probe_date").consume();
        }
        assertThat(IndexesMadeTogether.make(neo4j.driver(), indexes)).isEqualTo(1);
        assertThat(neo4j.count("SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'probe_' AND state = 'ONLINE' RETURN count(*)"))
                .isEqualTo(2);
    }
}
