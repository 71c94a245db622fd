package org.migrationgraph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> TYPES = List.of("COORDINATES", "CONCERNS", "CONTRIBUTES_TO", "MEMBER_OF", "PART_OF",
            "TOOK_THE_FLOOR_AT", "ADDRESSED_TO", "ADDRESSES");
    private static final List<String> KINDS = List.of("MemberState", "ObserverState", "Meeting", "Organization", "Statement");

    @Test
    void shouldSuggestTheNameOneLetterAway() {
        assertThat(Suggestions.nearest("COORDINATE", TYPES)).startsWith("COORDINATES");
    }

    @Test
    void shouldIgnoreCaseSpacesAndUnderscores() {
        assertThat(Suggestions.nearest("memberstate", KINDS)).startsWith("MemberState");
        assertThat(Suggestions.nearest("member state", KINDS)).startsWith("MemberState");
        assertThat(Suggestions.nearest("took the floor at", TYPES)).containsExactly("TOOK_THE_FLOOR_AT");
    }

    @Test
    void shouldCountASwappedPairOfLettersAsOneEdit() {
        assertThat(Suggestions.distance("meetign", "meeting")).isEqualTo(1);
        assertThat(Suggestions.nearest("Meetign", KINDS)).startsWith("Meeting");
    }

    @Test
    void shouldSuggestNamesThatContainAShortenedOne() {
        assertThat(Suggestions.nearest("FLOOR", TYPES)).containsExactly("TOOK_THE_FLOOR_AT");
    }

    @Test
    void shouldRankCloserNamesFirstAndGiveAtMostThree() {
        assertThat(Suggestions.nearest("ADDRESSE", TYPES)).containsExactly("ADDRESSES", "ADDRESSED_TO");
        assertThat(Suggestions.nearest("C", TYPES)).hasSizeLessThanOrEqualTo(Suggestions.MAX);
    }

    @Test
    void shouldSuggestNothingForANameFarFromAll() {
        assertThat(Suggestions.nearest("SPACESHIP", KINDS)).isEmpty();
    }
}
