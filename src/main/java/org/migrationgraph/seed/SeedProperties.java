package org.migrationgraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed comes from and when it is applied.
 *
 * @param location  a Spring resource location (file:... or classpath:...); when unset, ./graph-seed/
 *                  if that directory exists, else the copy packaged in the jar
 * @param onStartup validate and apply the seed at start-up when it differs from what was loaded last
 */
@ConfigurationProperties("migration-graph.seed")
record SeedProperties(String location, @DefaultValue("true") boolean onStartup) {

    String resolvedLocation() {
        return location != null && !location.isBlank() ? location : SeedLocations.defaultLocation();
    }
}
