package org.migrationgraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    private static final String HASH = "$2a$04$QevbCLatikdA0sXJvT.qNuJ.3j9.P7B3rc7AeA9.byC2aK8w/ddT2";

    private static SecurityProperties.ApiKey key(String name, String hash, Set<Role> roles) {
        return new SecurityProperties.ApiKey(name, hash, roles, null);
    }

    @Test
    void shouldHaveNoKeysByDefault() {
        assertThat(new SecurityProperties(null, false).keys()).isEmpty();
    }

    @Test
    void shouldRefuseAKeyConfiguredInClearNamingTheEntryAndHowToHashIt() {
        assertThatThrownBy(() -> new SecurityProperties(List.of(key("ci", "my-secret-key", Set.of(Role.EDITOR))), false))
                .hasMessageContaining("migration-graph.security.keys[0].hash is not a bcrypt hash")
                .hasMessageContaining("--new-api-key")
                .hasMessageNotContaining("my-secret-key");
    }

    @Test
    void shouldRefuseTwoKeysWithOneName() {
        assertThatThrownBy(() -> new SecurityProperties(List.of(key("ci", HASH, Set.of(Role.READER)),
                key("ci", HASH, Set.of(Role.EDITOR))), false))
                .hasMessageContaining("keys[1].name 'ci' is used by another key");
    }

    @Test
    void shouldRefuseAKeyWithoutNameOrRoles() {
        assertThatThrownBy(() -> new SecurityProperties(List.of(key(" ", HASH, Set.of(Role.READER))), false))
                .hasMessageContaining("keys[0].name is missing");
        assertThatThrownBy(() -> new SecurityProperties(List.of(key("ci", HASH, Set.of())), false))
                .hasMessageContaining("keys[0].roles is empty");
    }
}
