package org.migrationgraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;

class ApiKeysTest {

    private static final String EDITOR_HASH = "$2a$04$QevbCLatikdA0sXJvT.qNuJ.3j9.P7B3rc7AeA9.byC2aK8w/ddT2";

    private final ApiKeys keys = new ApiKeys(new SecurityProperties(List.of(
            new SecurityProperties.ApiKey("curators", EDITOR_HASH, Set.of(Role.EDITOR), 500L)), false));

    @Test
    void shouldKnowTheHolderOfAValidKeyWithTheRolesItIncludes() {
        ApiKeyAuthentication caller = keys.verify("test-editor-key");

        assertThat(caller.getName()).isEqualTo("curators");
        assertThat(caller.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_READER", "ROLE_EDITOR");
        assertThat(caller.has(Role.ADMIN)).isFalse();
        assertThat(caller.pointsPerMinute()).hasValue(500);
        assertThat(caller.getCredentials()).isNull();
    }

    @Test
    void shouldGiveTheSameAnswerFromItsMemoryForARepeatedKey() {
        assertThat(keys.verify("test-editor-key")).isSameAs(keys.verify("test-editor-key"));
    }

    @Test
    void shouldRefuseAnInvalidKeyEveryTimeItIsSent() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> keys.verify("test-editor-key ")).isInstanceOf(BadCredentialsException.class)
                    .hasMessageContaining("not valid");
        }
    }

    @Test
    void shouldSayHowToConfigureKeysWhenThereAreNone() {
        ApiKeys none = new ApiKeys(new SecurityProperties(List.of(), false));

        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.verify("anything")).hasMessageContaining("no API keys configured")
                .hasMessageContaining("migration-graph.security.keys");
    }

    @Test
    void shouldCheckANewKeySentByManyRequestsAtOnceOnlyOnce() throws Exception {
        // At bcrypt-12 (about 0.34 s here), 16 checks one after another take longer than a request
        // waits for its turn (5 s): before the check was shared, the last ones were refused as busy.
        String hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(12).encode("a-curators-key");
        ApiKeys slow = new ApiKeys(new SecurityProperties(List.of(new SecurityProperties.ApiKey("curators", hash, Set.of(Role.EDITOR), null)), false));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var answers = pool.invokeAll(java.util.Collections.nCopies(16, () -> slow.verify("a-curators-key").getName()));
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo("curators");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
