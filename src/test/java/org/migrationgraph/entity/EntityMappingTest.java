package org.migrationgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The stored form to the read model: aligned citation lists, kinds and the visible properties. */
class EntityMappingTest {

    @Test
    void shouldPairEachCitedParagraphWithItsQuoteInOrder() {
        List<CitationView> citations = EntityMapping.citations(Map.of(
                "citedParagraphs", List.of("doc:a#3", "doc:b#12"),
                "citedQuotes", List.of("first words", "second words")));

        assertThat(citations).containsExactly(
                new CitationView("doc:a", 3, "first words", null, null),
                new CitationView("doc:b", 12, "second words", null, null));
    }

    @Test
    void shouldSplitTheParagraphIdAtItsLastHash() {
        List<CitationView> citations = EntityMapping.citations(Map.of(
                "citedParagraphs", List.of("doc:a#b#7"), "citedQuotes", List.of("q")));

        assertThat(citations).extracting(CitationView::documentId, CitationView::paragraph).containsExactly(
                org.assertj.core.groups.Tuple.tuple("doc:a#b", 7));
    }

    @Test
    void shouldListReferencesAfterQuotesWithTheirDetailWhenGiven() {
        List<CitationView> citations = EntityMapping.citations(Map.of(
                "citedParagraphs", List.of("doc:a#1"), "citedQuotes", List.of("q"),
                "citedReferences", List.of("ref:un-m49", "ref:un-charter"),
                "citedReferenceDetails", List.of("", "Art. 4")));

        assertThat(citations).hasSize(3);
        assertThat(citations.get(1)).isEqualTo(new CitationView(null, null, null, "ref:un-m49", null));
        assertThat(citations.get(2)).isEqualTo(new CitationView(null, null, null, "ref:un-charter", "Art. 4"));
    }

    @Test
    void shouldReadMissingCitationListsAsNoCitations() {
        assertThat(EntityMapping.citations(Map.of("id", "x"))).isEmpty();
    }

    @Test
    void shouldPutThePrimaryKindFirstThenTheOtherLabelsSortedWithoutEntity() {
        EntityView view = EntityMapping.toView(Map.of("id", "org:iom", "kind", "Organization", "name", "IOM"),
                List.of("Entity", "UnEntity", "Organization", "RelatedOrganization"));

        assertThat(view.kinds()).containsExactly("Organization", "RelatedOrganization", "UnEntity");
    }

    @Test
    void shouldKeepOnlyKindSpecificPropertiesVisible() {
        Map<String, Object> visible = EntityMapping.visibleProperties(Map.of("id", "state:PHL", "name", "Philippines",
                "iso3", "PHL", "citedQuotes", List.of("q"), "aliasText", "PHL", "seedVersion", "abc"));

        assertThat(visible).containsOnlyKeys("iso3");
    }
}
