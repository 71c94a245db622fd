package org.migrationgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class NewApiKeyCommandTest {

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NewApiKeyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPrintAFreshKeyAndAHashThatAdmitsIt() {
        String printed = run("--new-api-key=dashboards:reader,editor");

        Matcher key = Pattern.compile("\\n  (mgk_[A-Za-z0-9_-]{43})\\n").matcher(printed);
        Matcher hash = Pattern.compile("_HASH='(\\$2a\\$12\\$[./A-Za-z0-9]{53})'").matcher(printed);
        assertThat(key.find()).isTrue();
        assertThat(hash.find()).isTrue();
        assertThat(new BCryptPasswordEncoder().matches(key.group(1), hash.group(1))).isTrue();
        assertThat(printed).contains("MIGRATION_GRAPH_SECURITY_KEYS_0_ROLES=reader,editor");
        new SecurityProperties(java.util.List.of(new SecurityProperties.ApiKey("dashboards", hash.group(1),
                java.util.Set.of(Role.READER), null)), false);
    }

    @Test
    void shouldMakeADifferentKeyEachTime() {
        assertThat(NewApiKeyCommand.newKey()).isNotEqualTo(NewApiKeyCommand.newKey());
    }

    @Test
    void shouldExplainItsUsageForAnUnknownRole() {
        assertThat(run("--new-api-key=ci:owner")).startsWith("Usage: --new-api-key=<name>:<roles>");
        assertThat(NewApiKeyCommand.run(new String[] {"--new-api-key=ci"}, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(1);
    }
}
