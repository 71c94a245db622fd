package org.migrationgraph.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrationgraph.MigrationGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application with its own settings, for tests about start-up itself. The
 * start-up warm-up is off unless a test sets it: its background requests only competed with the
 * test for the two cores, and {@code WarmUpIT} covers it in the shared context.
 */
public final class AppRunner {

    private static final String WARM_UP = "migration-graph.warm-up.enabled";

    private AppRunner() {
    }

    public static ConfigurableApplicationContext run(Map<String, String> properties) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        TestNeo4j.LEAN.forEach((k, v) -> args.add("--migration-graph.embedded.config." + k + "=" + v));
        if (!properties.containsKey(WARM_UP)) {
            args.add("--" + WARM_UP + "=false");
        }
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(MigrationGraphApplication.class).run(args.toArray(String[]::new));
    }
}
