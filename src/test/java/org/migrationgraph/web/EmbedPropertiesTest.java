package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedPropertiesTest {

    @Test
    void shouldAllowThisServiceAndEachConfiguredOriginToFrameTheEmbed() {
        EmbedProperties properties = new EmbedProperties(List.of("https://dashboard.example.org", "http://localhost:3000"));

        assertThat(properties.frameAncestors()).isEqualTo("'self' https://dashboard.example.org http://localhost:3000");
        assertThat(new EmbedProperties(List.of()).frameAncestors()).isEqualTo("'self'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dashboard.example.org", "https://dashboard.example.org/page", "javascript:alert(1)",
            "https://a.org; script-src *", "https://a.org https://b.org", "https://user@a.org", "ftp://a.org", "*"})
    void shouldRefuseAnythingButAnOriginNamingTheSettingAndAnExample(String origin) {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmbedProperties(List.of(origin)))
                .withMessageContaining("migration-graph.explorer.embed-origins")
                .withMessageContaining("https://dashboard.example.org");
    }
}
