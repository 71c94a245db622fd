package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationgraph.schema.SchemaMigrations;
import org.migrationgraph.testsupport.TestNeo4j;

/** The loader against a private embedded Neo4j, because these tests rewrite the whole graph. */
class SeedLoaderIT {

    private static TestNeo4j neo4j;
    private static SeedService seeds;

    @BeforeAll
    static void startDatabase() {
        neo4j = TestNeo4j.start("seed-loader");
        new SchemaMigrations(neo4j.driver()).apply();
        seeds = new SeedService(neo4j.driver(), new SeedProperties(null, true), new org.migrationgraph.change.GraphChanges());
    }

    @AfterAll
    static void stopDatabase() {
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
    }

    private long nodes() {
        return neo4j.count("MATCH (n) RETURN count(n)");
    }

    private long relationships() {
        return neo4j.count("MATCH ()-[r]->() RETURN count(r)");
    }

    @Test
    void shouldGiveTheSameCountsWhenLoadingTwice() {
        seeds.apply(SeedFixtures.valid(), true);
        long nodes = nodes();
        long relationships = relationships();
        seeds.apply(SeedFixtures.valid(), true);
        assertThat(nodes()).isEqualTo(nodes);
        assertThat(relationships()).isEqualTo(relationships);
        // 4 entities + 3 paragraphs + 1 reference + the seed state (+ 2 migration records)
        assertThat(neo4j.count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(4);
        assertThat(neo4j.count("MATCH (p:Paragraph) RETURN count(p)")).isEqualTo(3);
        assertThat(neo4j.count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).isEqualTo(2);
    }

    @Test
    void shouldNotReloadAnUnchangedSeed() {
        assertThat(seeds.apply(SeedFixtures.valid(), false).status()).isEqualTo(SeedReport.Status.LOADED);
        assertThat(seeds.apply(SeedFixtures.valid(), false).status()).isEqualTo(SeedReport.Status.UNCHANGED);
    }

    @Test
    void shouldReapplyAChangedSeedSoTheGraphMirrorsIt() {
        seeds.apply(SeedFixtures.valid(), false);
        SeedFiles changed = SeedFixtures.seed(Map.of(
                "entities.yaml", """
                        entities:
                          - {id: state:PHL, kind: MemberState, name: Republic of the Philippines, iso3: PHL, citations: [{reference: ref:un-m49}]}
                          - {id: state:DEU, kind: [MemberState, Organization], name: Germany}
                          - {id: meeting:briefing, kind: Meeting, name: Briefing, date: 2019-12-12, status: held}
                        """,
                "relations.yaml", """
                        relations:
                          - from: state:DEU
                            type: TOOK_THE_FLOOR_AT
                            to: meeting:briefing
                            citations: [{document: doc:briefing, paragraph: 2, quote: "Germany"}]
                        """));
        SeedReport report = seeds.apply(changed, false);

        assertThat(report.status()).isEqualTo(SeedReport.Status.LOADED);
        assertThat(neo4j.count("MATCH (n:Entity {id: 'state:PHL', name: 'Republic of the Philippines'}) "
                + "WHERE n.m49 IS NULL RETURN count(n)")).isEqualTo(1);
        assertThat(neo4j.count("MATCH (n:Organization:MemberState {id: 'state:DEU'}) RETURN count(n)")).isEqualTo(1);
        assertThat(neo4j.count("MATCH (:Entity {id: 'state:PHL'})-[r]->() RETURN count(r)")).isZero();
        assertThat(neo4j.count("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")).isEqualTo(4); // 1 relation + 3 HAS_PARAGRAPH
        // Paragraph 2 now supports only Germany's relation: the mention of the Philippines is gone.
        assertThat(neo4j.count("MATCH (:Paragraph {id: 'doc:briefing#2'})-[:MENTIONS]->(e) WHERE e.id IN ['state:DEU', 'meeting:briefing'] RETURN count(e)"))
                .isEqualTo(2);
        assertThat(neo4j.count("MATCH (:Paragraph)-[:MENTIONS]->(:Entity {id: 'state:PHL'}) RETURN count(*)")).isZero();
    }

    @Test
    void shouldLeaveTheGraphUnchangedWhenTheSeedIsInvalid() {
        seeds.apply(SeedFixtures.valid(), false);
        long nodes = nodes();
        long relationships = relationships();
        String hash = SeedFixtures.valid().hash();
        SeedFiles invalid = SeedFixtures.seed(Map.of("more.yaml", """
                entities:
                  - {id: state:NEW, kind: MemberState, name: Valid on its own}
                relations:
                  - {from: state:NEW, type: COORDINATES, to: nobody:here, citations: [{reference: ref:un-m49}]}
                """));

        assertThatThrownBy(() -> seeds.apply(invalid, false))
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("more.yaml:4: 'to' refers to unknown id 'nobody:here'");
        assertThat(nodes()).isEqualTo(nodes);
        assertThat(relationships()).isEqualTo(relationships);
        assertThat(neo4j.count("MATCH (n {id: 'state:NEW'}) RETURN count(n)")).isZero();
        assertThat(neo4j.count("MATCH (s:SeedState {hash: '" + hash + "'}) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void shouldStoreCitationsAsAlignedListsOnEveryRelationship() {
        seeds.apply(SeedFixtures.valid(), false);
        try (var session = neo4j.driver().session()) {
            var record = session.run("""
                    MATCH (:Entity {id: 'state:PHL'})-[r:TOOK_THE_FLOOR_AT]->(:Entity {id: 'meeting:briefing'})
                    RETURN r.citedParagraphs AS paragraphs, r.citedQuotes AS quotes, r.id AS id
                    """).single();
            assertThat(record.get("paragraphs").asList()).containsExactly("doc:briefing#2");
            assertThat(record.get("quotes").asList()).containsExactly("took the floor: Ecuador, Germany and the Philippines");
            assertThat(record.get("id").asString()).isEqualTo("state:PHL-TOOK_THE_FLOOR_AT->meeting:briefing");
        }
        assertThat(neo4j.count("""
                MATCH (:Entity)-[r]->(:Entity)
                WHERE size(coalesce(r.citedParagraphs, [])) + size(coalesce(r.citedReferences, [])) = 0
                RETURN count(r)""")).isZero();
    }

    @Test
    void shouldKeepPartialDatesAsWrittenAndCodesAsText() {
        seeds.apply(SeedFixtures.seed(Map.of("more.yaml", """
                entities:
                  - {id: meeting:later, kind: Meeting, name: Later, date: 2020-04}
                """)), false);
        try (var session = neo4j.driver().session()) {
            assertThat(session.run("MATCH (n:Entity {id: 'meeting:later'}) RETURN n.date").single().get(0).asString())
                    .isEqualTo("2020-04");
            assertThat(session.run("MATCH (n:Entity {id: 'state:PHL'}) RETURN n.m49").single().get(0).asString())
                    .isEqualTo("608");
        }
        assertThat(List.of(nodes())).isNotEmpty();
    }
}
