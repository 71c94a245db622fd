package org.migrationgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    /** The rule as first written, in regular expressions: the one-pass fold of ASCII names must agree with it. */
    private static String asWritten(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Côte d'Ivoire|cote d ivoire",
            "cote d ivoire|cote d ivoire",
            "the Network|network",
            "The Network|network",
            "Theory of Change|theory of change",
            "  --UN-Habitat--  |un habitat",
            "Türkiye|turkiye",
            "São Tomé and Príncipe|sao tome and principe",
            "COP 28 (2023)|cop 28 2023",
            "İstanbul Process|istanbul process",
            "the|the",
            "-- / --|''"})
    void shouldFoldNamesToTheSameKey(String name, String key) {
        assertThat(NameKeys.of(name)).isEqualTo(key).isEqualTo(asWritten(name));
    }

    @Test
    void shouldFoldEveryAsciiNameAsTheRuleAsWrittenDoes() {
        // Any ASCII character now and then, control characters included.
        assertAgreesOnRandomNames(new Random(7), "AaZz09 -'.,()/&\t\nthe THE", 20_000, 14, true);
    }

    @Test
    void shouldFoldNamesBeyondAsciiAsTheRuleAsWrittenDoes() {
        assertAgreesOnRandomNames(new Random(11), "Aa é É ñ ü İ ı ß ﬁ Ω ١٢ 中 -'", 5_000, 10, false);
    }

    private static void assertAgreesOnRandomNames(Random random, String alphabet, int names, int longest, boolean anyAscii) {
        for (int n = 0; n < names; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(longest); i > 0; i--) {
                name.append(anyAscii && random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(NameKeys.of(name.toString())).as("'%s'", name).isEqualTo(asWritten(name.toString()));
        }
    }
}
