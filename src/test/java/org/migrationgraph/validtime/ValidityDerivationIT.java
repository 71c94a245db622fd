package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.schema.SchemaMigrations;
import org.migrationgraph.testsupport.TestNeo4j;

/**
 * A store written before records carried {@code validity} gets it at start-up, once: every dated
 * entity and relationship, and none of the undated ones; a second start derives nothing again.
 */
class ValidityDerivationIT {

    @Test
    void shouldDeriveValidityOnAStoreWrittenWithoutItOnceOnly() {
        try (TestNeo4j neo4j = TestNeo4j.start("validity-derivation"); var session = neo4j.driver().session()) {
            session.run("""
                    CREATE (m:Entity:Meeting {id: 'meeting:a', date: '2022-05-17', scheduledAsOf: '2018-12-19'})
                    CREATE (b:Entity:Organization {id: 'org:b', since: '2016-09'})
                    CREATE (c:Entity:Organization {id: 'org:c'})
                    CREATE (d:Entity:Meeting {id: 'meeting:d', date: '2019-05-01', validity: ['2019-05-01', '~']})
                    CREATE (b)-[:MEMBER_OF {id: 'r1', since: '2019', until: '2021'}]->(c)
                    CREATE (b)-[:ATTENDED {id: 'r2', asOf: '2020'}]->(m)
                    CREATE (c)-[:ORGANIZED {id: 'r3'}]->(m)
                    """).consume();
            SchemaMigrations migrations = new SchemaMigrations(neo4j.driver(), List.of(new ValidityDerivation()));
            migrations.apply();

            String validity = "MATCH (n) WHERE n.id = $id RETURN n.validity AS v UNION ALL MATCH ()-[r]->() WHERE r.id = $id RETURN r.validity AS v";
            assertThat(session.run(validity, java.util.Map.of("id", "meeting:a")).single().get("v").asString()).isEqualTo("2018-12-19|~|2022-05-17");
            assertThat(session.run(validity, java.util.Map.of("id", "org:b")).single().get("v").asString()).isEqualTo("2016-09|~");
            assertThat(session.run(validity, java.util.Map.of("id", "org:c")).single().get("v").isNull()).isTrue();
            assertThat(session.run(validity, java.util.Map.of("id", "r1")).single().get("v").asString()).isEqualTo("2019|2021");
            assertThat(session.run(validity, java.util.Map.of("id", "r2")).single().get("v").asString()).isEqualTo("2020|~|observed");
            assertThat(session.run(validity, java.util.Map.of("id", "r3")).single().get("v").isNull()).isTrue();
            assertThat(session.run(validity, java.util.Map.of("id", "meeting:d")).single().get("v").asString())
                    .as("a list stored under the rules before 3 becomes the text").isEqualTo("2019-05-01|~");
            assertThat(neo4j.count("MATCH (d:DerivedProperty {name: 'validity', rulesVersion: " + ValidTimeCypher.RULES_VERSION
                    + "}) RETURN count(d)")).isEqualTo(1);

            session.run("MATCH (n {id: 'org:c'}) SET n.since = '2001'").consume();
            migrations.apply();
            assertThat(session.run(validity, java.util.Map.of("id", "org:c")).single().get("v").isNull())
                    .as("rules unchanged: nothing is derived again (writers derive what they write)").isTrue();
        }
    }
}
