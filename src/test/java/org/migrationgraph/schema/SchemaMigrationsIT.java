package org.migrationgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestNeo4j;

class SchemaMigrationsIT {

    private static TestNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.start("migrations");
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void shouldApplyEachMigrationOnceAndRecordIt() {
        SchemaMigrations migrations = new SchemaMigrations(neo4j.driver());
        int first = migrations.apply();
        assertThat(migrations.apply()).isZero();
        assertThat(first + 0L).isEqualTo(neo4j.count("MATCH (m:SchemaMigration) RETURN count(m)"));
        assertThat(neo4j.count("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN count(*)")).isEqualTo(1);
        assertThat(neo4j.count("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'entity_search' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAMigrationEditedAfterItWasApplied() {
        SchemaMigrations migrations = new SchemaMigrations(neo4j.driver());
        migrations.apply();
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'edited'").consume();
        }
        try {
            assertThatThrownBy(migrations::apply).hasMessage(
                    "Schema migration V1 was changed after it was applied; add a new migration instead of editing it.");
        } finally {
            new SchemaMigrationsIT().restoreChecksum();
        }
    }

    private void restoreChecksum() {
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (m:SchemaMigration {version: 1}) DELETE m").consume();
        }
        new SchemaMigrations(neo4j.driver()).apply();
    }

    @Test
    void shouldSplitStatementsAtSemicolonsAndSkipComments() {
        assertThat(MigrationFiles.statements("// note\nCREATE A;\nCREATE B\n  MORE;\n")).containsExactly("CREATE A", "CREATE B\n  MORE");
    }
}
