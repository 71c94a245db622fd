package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LuceneQueryTest {

    @Test
    void shouldFoldCaseAndAccentsAndSplitWords() {
        assertThat(LuceneQuery.words("Côte  d’Ivoire")).containsExactly("cote", "d'ivoire");
    }

    @Test
    void shouldNeverPassLuceneSyntaxThrough() {
        // Syntax characters only separate words, and "OR" is a stop word: the query is that of the plain words.
        assertThat(LuceneQuery.from("name:x OR *:* ) \" ^9 ~2 [a TO z]")).isEqualTo(LuceneQuery.from("name x 9 2 a z"));
    }

    @Test
    void shouldMakeEveryWordOptionalAndRewardMatchingAllOfThem() {
        String query = LuceneQuery.from("human trafficking Sahel");
        assertThat(query).doesNotStartWith("+").contains(")^3").contains(" (+(name:");
        assertThat(LuceneQuery.from("Sahel")).doesNotContain("+").doesNotContain("\"");
    }

    @Test
    void shouldBoostAPhraseNamesAboveAliasesAboveDescriptions() {
        String query = LuceneQuery.from("Issue-Based Coalitions");
        assertThat(query).contains("name:\"issue based coalitions\"~2^6", "aliasText:\"issue based coalitions\"~2^5",
                "description:\"issue based coalitions\"~2^2");
        assertThat(query).contains("name:(issue^3").contains(")^4 OR aliasText:(issue^3").contains(")^3 OR description:(issue^3");
        // Typos are forgiven in aliasText (which holds the name too), not in long texts.
        assertThat(LuceneQuery.from("Phillipines")).contains("aliasText:(phillipines^3 OR phillipines* OR phillipines~2")
                .doesNotContain("name:(phillipines^3 OR phillipines* OR phillipines~").doesNotContain("quoteText:(phillipines^3 OR phillipines* OR phillipines~");
    }

    @Test
    void shouldLeaveStopWordsOutUnlessThereIsNothingElse() {
        assertThat(LuceneQuery.from("human trafficking in the Sahel")).isEqualTo(LuceneQuery.from("human trafficking Sahel"));
        assertThat(LuceneQuery.from("in the")).isEqualTo("in* the*");
    }

    @Test
    void shouldAllowOneTypoFromFiveLettersAndTwoFromNine() {
        assertThat(LuceneQuery.from("UK")).doesNotContain("~");
        assertThat(LuceneQuery.from("vacines")).contains("vacines~1").doesNotContain("vacines~2");
        assertThat(LuceneQuery.from("Phillipines")).contains("phillipines~2");
    }

    @Test
    void shouldLookTwoTyposAwayOnlyForLongWordsTheIndexDoesNotHoldAsTyped() {
        assertThat(LuceneQuery.twoTypoWords("Phillipines in the Sahel, 2030 migrations")).containsExactly("phillipines", "migrations");
        String query = LuceneQuery.from("Phillipines migrations", Set.of("migrations"));
        assertThat(query).contains("phillipines~2", "migrations~1").doesNotContain("migrations~2");
        assertThat(LuceneQuery.from("Phillipines migrations", Set.of())).contains("phillipines~2", "migrations~2");
    }

    @Test
    void shouldFindAWordAsTypedInEveryField() {
        assertThat(LuceneQuery.asTyped("d'ivoire")).isEqualTo("name:d\\'ivoire OR aliasText:d\\'ivoire OR description:d\\'ivoire OR quoteText:d\\'ivoire");
    }

    @Test
    void shouldNotTreatNumbersAsTyposNorAsPrefixesUnlessBeingTyped() {
        assertThat(LuceneQuery.from("2030 agenda")).doesNotContain("2030~").doesNotContain("2030*");
        assertThat(LuceneQuery.from("agenda 2030")).contains("2030*").doesNotContain("2030~");
        assertThat(LuceneQuery.from("target 10.7")).contains("10\\.7^3");
    }

    @Test
    void shouldStemPluralsAndVerbEndings() {
        assertThat(LuceneQuery.stems("coalitions")).contains("coalition");
        assertThat(LuceneQuery.stems("remittances")).contains("remittance");
        assertThat(LuceneQuery.stems("engaging")).containsExactly("engag");
        assertThat(LuceneQuery.stems("adopted")).containsExactly("adopt");
        assertThat(LuceneQuery.stems("bodies")).containsExactly("body");
        assertThat(LuceneQuery.stems("gas")).isEmpty();
        assertThat(LuceneQuery.stems("progress")).isEmpty();
    }

    @Test
    void shouldStemLongWordsToTheRootTheirKinShare() {
        assertThat(LuceneQuery.kinStems("coordination")).containsExactly("coordinat");
        assertThat(LuceneQuery.kinStems("coordinator")).containsExactly("coordinat");
        assertThat(LuceneQuery.kinStems("inclusive")).containsExactly("inclus");
        assertThat(LuceneQuery.kinStems("inclusion")).containsExactly("inclus");
        assertThat(LuceneQuery.kinStems("resilience")).containsExactly("resili");
        assertThat(LuceneQuery.kinStems("commissioners")).containsExactly("commission");
    }

    @Test
    void shouldNotStemShortWordsNorLeaveFewerThanSixLetters() {
        assertThat(LuceneQuery.kinStems("mission")).isEmpty();
        assertThat(LuceneQuery.kinStems("residence")).isEmpty();
        assertThat(LuceneQuery.kinStems("australia")).isEmpty();
    }

    @Test
    void shouldLookUpAHeldWordsKinAsAPrefixInNamesOnly() {
        assertThat(LuceneQuery.from("coordinator", Set.of("coordinator")))
                .contains("aliasText:(coordinator^3 OR coordinator* OR coordinator~1 OR coordinat*^0.5)^3")
                .contains("name:(coordinator^3 OR coordinator*)^4")
                .doesNotContain("coordinator~2");
    }

    @Test
    void shouldKeepAtMostTwelveWords() {
        assertThat(LuceneQuery.contentWords(LuceneQuery.words("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14"))).hasSize(LuceneQuery.MAX_WORDS);
    }

    @Test
    void shouldGiveNothingForTextWithoutWords() {
        assertThat(LuceneQuery.from(" ?! ")).isEmpty();
        assertThat(LuceneQuery.nearestNames(" ?! ")).isEmpty();
    }

    @Test
    void shouldLookForNearestNamesTwoTyposAwayOrByTheirStart() {
        assertThat(LuceneQuery.nearestNames("Vnzuela")).isEqualTo("name:vnzuela~2^3 aliasText:vnzuela~2^2 name:vnz* aliasText:vnz*");
    }
}
