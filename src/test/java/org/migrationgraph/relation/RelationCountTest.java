package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.validtime.ValidTime;

/** How a relation page's totalCount is counted: from the node's degrees unless a kind or a valid time decides. */
class RelationCountTest {

    private static final List<String> DECLARED = List.of("ATTENDED", "MEMBER_OF");

    private static RelationFilter filter(List<String> kinds, boolean counted, ValidTime time) {
        return new RelationFilter(List.of("ATTENDED"), "OUTGOING", kinds, 20, RelationCursor.after(null), Projection.FULL, counted, time, null);
    }

    @Test
    void countsFromTheDegreesWhenOnlyTypesAndDirectionFilter() {
        assertThat(RelationRepository.Count.of(filter(null, true, ValidTime.ALWAYS), DECLARED)).isEqualTo(RelationRepository.Count.DEGREES);
        RelationRepository.Shape shape = RelationRepository.Shape.page(filter(null, true, ValidTime.ALWAYS), DECLARED);
        assertThat(RelationRepository.statementOf(shape, false))
                .contains("COUNT { (n)-[:`ATTENDED`]->() }", "COUNT { (n)<-[:`MEMBER_OF`]-() }").doesNotContain("RETURN count(*) AS total");
        assertThat(RelationRepository.statementOf(shape, true)).as("with the embedded database's function")
                .contains("migrationgraph.relationDegrees(n, ['ATTENDED', 'MEMBER_OF'])").doesNotContain("COUNT { (n)-[:`", "RETURN count(*) AS total");
    }

    @Test
    void readsTheRelationsWhenAKindOrAValidTimeDecidesOrNoTypeIsDeclared() {
        assertThat(RelationRepository.Count.of(filter(List.of("MemberState"), true, ValidTime.of("2020", null, null)), DECLARED))
                .isEqualTo(RelationRepository.Count.RELATIONS);
        assertThat(RelationRepository.Count.of(new RelationFilter(null, null, List.of("MemberState"), 20, RelationCursor.after(null), Projection.FULL,
                true, ValidTime.ALWAYS, "2026-01-01"), DECLARED)).as("as recorded on a past day").isEqualTo(RelationRepository.Count.RELATIONS);
        assertThat(RelationRepository.Count.of(filter(null, true, ValidTime.of("2020", null, null)), DECLARED)).isEqualTo(RelationRepository.Count.RELATIONS);
        assertThat(RelationRepository.Count.of(filter(null, true, ValidTime.ALWAYS), List.of())).isEqualTo(RelationRepository.Count.RELATIONS);
        assertThat(RelationRepository.Count.of(filter(null, false, ValidTime.ALWAYS), DECLARED)).isEqualTo(RelationRepository.Count.NONE);
    }

    /** Under a kind alone, hubs are counted type by type ({@link HubTotals}), the rest by reading, as the guard in the statement says. */
    @Test
    void leavesTheHubsCountToTheirTypesWhenOnlyAKindDecides() {
        RelationFilter ofAKind = filter(List.of("MemberState"), true, ValidTime.ALWAYS);

        assertThat(RelationRepository.Count.of(ofAKind, DECLARED)).isEqualTo(RelationRepository.Count.RELATIONS_BUT_HUBS);
        assertThat(RelationRepository.statementOf(RelationRepository.Shape.page(ofAKind, DECLARED), false))
                .contains("WITH n WHERE COUNT { (n)--() } <= $sortUpTo", "RETURN count(*) AS total");
    }
}
