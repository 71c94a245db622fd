package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueryTest {

    @Test
    void shouldFoldCaseAndAccentsAndSplitWords() {
        assertThat(LuceneQuery.words("Côte  d’Ivoire")).containsExactly("cote", "d'ivoire");
    }

    @Test
    void shouldNeverPassLuceneSyntaxThrough() {
        assertThat(LuceneQuery.from("name:x OR *:* ) \"")).isEqualTo("+(name^4 OR name*) +(x^4 OR x*) or*");
    }

    @Test
    void shouldMakeStopWordsOptionalPrefixes() {
        assertThat(LuceneQuery.from("Kingdom of")).isEqualTo("+(kingdom^4 OR kingdom* OR kingdom~1) of*");
    }

    @Test
    void shouldAllowOneTypoInLongerWords() {
        assertThat(LuceneQuery.from("Philipines")).contains("philipines~1");
        assertThat(LuceneQuery.from("UK")).doesNotContain("~");
    }

    @Test
    void shouldGiveNothingForTextWithoutWords() {
        assertThat(LuceneQuery.from(" ?! ")).isEmpty();
    }
}
