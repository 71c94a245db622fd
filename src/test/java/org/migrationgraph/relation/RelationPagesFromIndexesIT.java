package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relation pages read from the page key indexes (how a hub's are read) are the pages read by
 * sorting all of an entity's relations (how a small entity's are): on the seed, for every
 * entity, under each filter, the same pages, and the same walk page by page with keyset cursors.
 * The repository reads each twice, once with every entity taken as small and once with every
 * entity of more than 10 relations taken as a hub.
 */
class RelationPagesFromIndexesIT extends GraphIntegrationTest {

    private static final int ALL_SORTED = Integer.MAX_VALUE;
    /** Entities with more relations than this are read as hubs: the busiest tenth of the seed's, of most relation types. */
    private static final int AS_HUBS_ABOVE_10 = 10;

    @Autowired
    RelationRepository relations;

    @Autowired
    EmbeddedFunctions functions;

    @Autowired
    Vocabulary vocabulary;

    @Autowired
    GraphReads reads;

    @ParameterizedTest(name = "types {0}, direction {1}, kinds {2}, as of {3}, counted {4}")
    @CsvSource(delimiter = ';', value = {
            ";;;;true", "ATTENDED,HOLDS_POSITION,IN_REGION,MEMBER_OF;OUTGOING;MemberState,Organization;;false", "ATTENDED,MEMBER_OF,TOOK_THE_FLOOR_AT;INCOMING;;;true",
            "ATTENDED,IN_REGION,TOOK_THE_FLOOR_AT;;;2019;true", "TOOK_THE_FLOOR_AT;INCOMING;MemberState;2020;false",
            ";;Organization;;true", ";OUTGOING;Framework,Region;;false", ";;Meeting,Statement;2021;true"})
    void shouldGiveEveryEntityTheSameFirstPageFromTheIndexesAsBySorting(String types, String direction, String kinds, String asOf,
                                                                       boolean counted) {
        RelationFilter filter = filter(types, direction, kinds, asOf, counted, 7, RelationCursor.after(null));
        List<String> ids = cypher("MATCH (n:Entity) RETURN n.id AS id ORDER BY id").stream().map(r -> (String) r.get("id")).toList();

        Map<String, RelationConnection> sorted = read(filter, ids, ALL_SORTED);
        Map<String, RelationConnection> fromIndexes = read(filter, ids, AS_HUBS_ABOVE_10);

        assertThat(sorted).hasSize(ids.size());
        assertThat(sorted.values()).as("some entity has relations under this filter").anyMatch(page -> !page.edges().isEmpty());
        assertThat(fromIndexes).isEqualTo(sorted);
    }

    /**
     * totalCount from the nodes' degrees (no kind, no valid time) is the number of relations a
     * reading of them finds, for every entity of the seed, whichever way it is paged.
     */
    @ParameterizedTest(name = "types {0}, direction {1}")
    @CsvSource(delimiter = ';', value = {";", ";OUTGOING", "ATTENDED,MEMBER_OF,TOOK_THE_FLOOR_AT;INCOMING", "MEMBER_OF,PART_OF;"})
    void shouldCountEveryEntitysRelationsFromItsDegreesAsReadingThemWould(String types, String direction) {
        RelationFilter filter = filter(types, direction, null, null, true, 3, RelationCursor.after(null));
        Map<String, Object> read = new HashMap<>();
        cypher("""
                MATCH (n:Entity)
                RETURN n.id AS id, COUNT { MATCH (n)-[r]-(m:Entity) WHERE ($types IS NULL OR type(r) IN $types)
                  AND ($direction IS NULL OR ($direction = 'OUTGOING') = (startNode(r) = n)) } AS total""",
                parameters("types", list(types), "direction", direction)).forEach(r -> read.put((String) r.get("id"), ((Number) r.get("total")).intValue()));

        assertCountedAsRead(filter, read);
        assertThat(read.values()).as("some entity has relations under this filter").anyMatch(total -> (int) total > 0);
    }

    /**
     * totalCount under kinds, which hubs count type by type (skipping a type that cannot reach
     * the kinds, taking a degree where one kind holds every end), is the number of relations a
     * reading of them finds, for every entity of the seed, hub or not. Among the kinds: every
     * IN_REGION ends at a Region (a degree), and an SDG goal is an Objective too (kinds overlap).
     */
    @ParameterizedTest(name = "types {0}, direction {1}, kinds {2}")
    @CsvSource(delimiter = ';', value = {";OUTGOING;Region", "ATTENDED,IN_REGION,MEMBER_OF;INCOMING;MemberState",
            ";;Objective,SdgGoal,SdgTarget"})
    void shouldCountEveryEntitysRelationsOfSomeKindsTypeByTypeAsReadingThemWould(String types, String direction, String kinds) {
        RelationFilter filter = filter(types, direction, kinds, null, true, 3, RelationCursor.after(null));
        Map<String, Object> read = new HashMap<>();
        List<Object> hubTotals = new ArrayList<>();
        Map<String, Object> given = parameters("types", list(types), "direction", direction);
        given.put("kinds", list(kinds));
        given.put("hubsAbove", AS_HUBS_ABOVE_10);
        cypher("""
                MATCH (n:Entity)
                RETURN n.id AS id, COUNT { MATCH (n)-[r]-(m:Entity) WHERE ($types IS NULL OR type(r) IN $types)
                  AND ($direction IS NULL OR ($direction = 'OUTGOING') = (startNode(r) = n))
                  AND any(k IN $kinds WHERE k IN labels(m)) } AS total, COUNT { (n)--() } > $hubsAbove AS hub""", given)
                .forEach(r -> {
                    read.put((String) r.get("id"), ((Number) r.get("total")).intValue());
                    if ((Boolean) r.get("hub")) {
                        hubTotals.add(((Number) r.get("total")).intValue());
                    }
                });

        assertCountedAsRead(filter, read);
        assertThat(hubTotals).as("some hub has relations under this filter").anyMatch(total -> (int) total > 0);
    }

    /**
     * The embedded database's {@link RelationDegrees} gives every entity of the seed the rows the
     * Cypher counts give (an external database's way): totals, hubs and the types they have, with
     * the page read or not, under types, a direction and kinds; and the service uses it.
     */
    @ParameterizedTest(name = "types {0}, direction {1}, kinds {2}")
    @CsvSource(delimiter = ';', value = {";;", ";OUTGOING;", "ATTENDED,MEMBER_OF,TOOK_THE_FLOOR_AT;INCOMING;", ";;MemberState,Organization"})
    void shouldReadTheSameDegreesWithTheFunctionAsWithCypherCounts(String types, String direction, String kinds) {
        RelationFilter filter = filter(types, direction, kinds, null, true, 5, RelationCursor.after(null));
        List<String> ids = cypher("MATCH (n:Entity) RETURN n.id AS id ORDER BY id").stream().map(r -> (String) r.get("id")).toList();

        for (RelationFilter asked : List.of(filter, RelationFilters.withoutPage(filter))) {
            RelationRepository.Shape shape = RelationRepository.Shape.page(asked, vocabulary.relationTypeNames());
            Map<String, Object> parameters = RelationRepository.parameters(asked, ids);
            parameters.put("sortUpTo", AS_HUBS_ABOVE_10);
            String byFunction = RelationRepository.statementOf(shape, true);
            List<Map<String, Object>> rows = cypher(byFunction, parameters);

            assertThat(byFunction).contains(RelationDegrees.NAME).doesNotContain("COUNT { (n)-[:`");
            assertThat(rows).as("page read: %s", asked.paged()).hasSize(ids.size())
                    .isEqualTo(cypher(RelationRepository.statementOf(shape, false), parameters))
                    .anyMatch(row -> !((List<?>) row.get("hubTypes")).isEmpty());
        }
        assertThat(functions.relationDegrees()).as("registered in the embedded database").isTrue();
    }

    /** Each entity's totalCount is what a reading found, with or without its page read, hubs above 10 relations or none. */
    private void assertCountedAsRead(RelationFilter filter, Map<String, Object> read) {
        for (RelationFilter asked : List.of(filter, RelationFilters.withoutPage(filter))) {
            for (int sortUpTo : new int[] {ALL_SORTED, AS_HUBS_ABOVE_10}) {
                Map<String, Object> counted = new HashMap<>();
                read(asked, new ArrayList<>(read.keySet()), sortUpTo).forEach((id, page) -> counted.put(id, page.totalCount()));
                assertThat(counted).as("hubs above %d, page read: %s", sortUpTo, asked.paged()).isEqualTo(read);
            }
        }
    }


    private static Map<String, Object> parameters(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(key, value);
        parameters.put(otherKey, otherValue);
        return parameters;
    }

    @Test
    void shouldWalkTheBusiestEntitiesPageByPageTheSameWayFromTheIndexes() {
        List<String> busiest = cypher("MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--(:Entity) } DESC, id LIMIT 4").stream()
                .map(r -> (String) r.get("id")).toList();
        for (String id : busiest) {
            List<String> sorted = walk(id, ALL_SORTED);
            assertThat(walk(id, AS_HUBS_ABOVE_10)).as(id).isEqualTo(sorted);
            assertThat(sorted).as(id + ": every relation once").doesNotHaveDuplicates()
                    .hasSize(((Number) cypher("MATCH (n:Entity {id: $id})-[r]-(:Entity) RETURN count(r) AS c", Map.of("id", id))
                            .get(0).get("c")).intValue());
        }
    }

    /**
     * The first statement run for each entity of an enclosing statement, as a list page runs it
     * (ListedRelations), completes to the pages the DataLoader reads: for every entity of the seed,
     * the busiest tenth read as hubs, under filters with and without a kind and a count.
     */
    @ParameterizedTest(name = "types {0}, direction {1}, kinds {2}, counted {3}")
    @CsvSource(delimiter = ';', value = {";;;true", "ATTENDED,MEMBER_OF,TOOK_THE_FLOOR_AT;INCOMING;;false", ";;Organization,Meeting;true"})
    void shouldGiveEveryEntityTheSamePageReadForEachEntityOfAnEnclosingStatement(String types, String direction, String kinds, boolean counted) {
        RelationFilter filter = filter(types, direction, kinds, null, counted, 7, RelationCursor.after(null));
        List<String> ids = cypher("MATCH (n:Entity) RETURN n.id AS id ORDER BY id").stream().map(r -> (String) r.get("id")).toList();
        Map<String, Object> parameters = RelationRepository.parameters(filter, ids);
        parameters.put("sortUpTo", AS_HUBS_ABOVE_10);
        RelationRepository.FirstRead read = new RelationRepository.FirstRead();

        reads.list("UNWIND $ids AS listed MATCH (n:Entity {id: listed}) CALL (n) {\n" + relations.perEntity(filter) + "\n}\nRETURN "
                + String.join(", ", ListedRelations.COLUMNS), parameters, read::add);
        Map<String, RelationConnection> perEntity = relations.pages(filter, read);

        assertThat(perEntity).hasSize(ids.size()).isEqualTo(read(filter, ids, ALL_SORTED));
        assertThat(perEntity.values()).as("some entity has relations under this filter").anyMatch(page -> !page.edges().isEmpty());
    }

    /** {@code kinds: []} names no kind, so no relation matches: empty pages either way, not a failed statement. */
    @Test
    void shouldGiveEveryEntityAnEmptyPageForAnEmptyListOfKindsEitherWay() {
        RelationFilter filter = new RelationFilter(null, null, List.of(), 7, RelationCursor.after(null), Projection.FULL, true,
                ValidTime.ALWAYS, null);
        List<String> ids = cypher("MATCH (n:Entity) RETURN n.id AS id ORDER BY id").stream().map(r -> (String) r.get("id")).toList();

        Map<String, RelationConnection> fromIndexes = read(filter, ids, AS_HUBS_ABOVE_10);

        assertThat(fromIndexes).isEqualTo(read(filter, ids, ALL_SORTED)).hasSize(ids.size());
        assertThat(fromIndexes.values()).allSatisfy(page -> assertThat(page.edges()).isEmpty());
    }

    /** Every relation of the entity, 6 to a page, each page after the last relation of the one before. */
    private List<String> walk(String id, int sortUpTo) {
        List<String> seen = new ArrayList<>();
        RelationCursor after = RelationCursor.after(null);
        while (true) {
            RelationConnection page = read(filter(null, null, null, null, false, 6, after), List.of(id), sortUpTo).get(id);
            page.edges().forEach(edge -> seen.add(edge.type() + " " + edge.id()));
            if (!page.pageInfo().hasNextPage()) {
                return seen;
            }
            after = RelationCursor.after(page.pageInfo().endCursor());
        }
    }

    private static RelationFilter filter(String types, String direction, String kinds, String asOf, boolean counted, int first,
                                         RelationCursor after) {
        return new RelationFilter(list(types), direction, list(kinds), first, after, Projection.FULL, counted,
                asOf == null ? ValidTime.ALWAYS : ValidTime.of(asOf, null, null), null);
    }

    private Map<String, RelationConnection> read(RelationFilter filter, List<String> ids, int sortUpTo) {
        return relations.pages(filter, ids, sortUpTo);
    }

    private static List<String> list(String csv) {
        return csv == null ? null : List.of(csv.split(","));
    }
}
