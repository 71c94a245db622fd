package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Response cache keys: digests that decide like the request does, and hold none of it. */
class ResponseCacheKeyTest {

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void shouldBeTheSameWhateverTheOrderOfTheVariables() {
        assertThat(ResponseCache.keyOf("q", null, ordered("a", 1, "b", 2), Map.of()))
                .isEqualTo(ResponseCache.keyOf("q", null, ordered("b", 2, "a", 1), Map.of()));
    }

    @Test
    void shouldDifferWhenAnyPartDiffers() {
        var base = ResponseCache.keyOf("q", "Op", Map.of("a", 1), Map.of());

        assertThat(ResponseCache.keyOf("q2", "Op", Map.of("a", 1), Map.of())).isNotEqualTo(base);
        assertThat(ResponseCache.keyOf("q", "Other", Map.of("a", 1), Map.of())).isNotEqualTo(base);
        assertThat(ResponseCache.keyOf("q", "Op", Map.of("a", 2), Map.of())).isNotEqualTo(base);
        assertThat(ResponseCache.keyOf("q", "Op", Map.of("a", 1), Map.of("persistedQuery", "x"))).isNotEqualTo(base);
    }

    @Test
    void shouldNotConfuseAPartEndingWhereTheNextBegins() {
        assertThat(ResponseCache.keyOf("ab", "c", Map.of(), Map.of())).isNotEqualTo(ResponseCache.keyOf("a", "bc", Map.of(), Map.of()));
    }

    @Test
    void shouldHoldADigestOfFixedSizeWhateverTheVariables() {
        var key = ResponseCache.keyOf("q", null, Map.of("big", "x".repeat(1_000_000)), Map.of());

        assertThat(key.digest()).hasSize(64);
    }
}
