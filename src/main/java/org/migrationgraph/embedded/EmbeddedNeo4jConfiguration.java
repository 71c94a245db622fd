package org.migrationgraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the in-process DBMS and hands its Bolt address to Boot's driver auto-configuration as
 * {@link Neo4jConnectionDetails}: the driver bean then depends on the running DBMS (so it is
 * created after it, and closed before it), and every other driver setting still applies.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedModeCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.config(), properties.password());
        embedded.allowBoltOrigins(properties.boltAllowedOrigins());
        return embedded;
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return embedded.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return embedded.authToken();
            }
        };
    }
}
