package org.migrationgraph.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void aNameOrAliasUpToCaseAccentsPunctuationAndTheArticleScoresOneHundred() {
        assertThat(NameSimilarity.score("cote d ivoire", List.of("Côte d'Ivoire", "Ivory Coast"))).isEqualTo(100);
        assertThat(NameSimilarity.score("The Compact", List.of("Global Compact for Migration", "Compact"))).isEqualTo(100);
        assertThat(NameSimilarity.score("UK", List.of("United Kingdom of Great Britain and Northern Ireland", "UK"))).isEqualTo(100);
    }

    @Test
    void aTypoScoresHighButNeverOneHundredAndAnotherNameScoresLow() {
        double typo = NameSimilarity.score("Philipines", List.of("Philippines"));
        assertThat(typo).isGreaterThan(90).isLessThanOrEqualTo(NameSimilarity.BEST_INEXACT);
        assertThat(NameSimilarity.score("Philipines", List.of("Pakistan"))).isLessThan(70);
    }

    @Test
    void aTextWithoutLettersOrDigitsScoresNothing() {
        assertThat(NameSimilarity.score("?!", List.of("Philippines"))).isZero();
    }
}
