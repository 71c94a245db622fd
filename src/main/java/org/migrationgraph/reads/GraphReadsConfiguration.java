package org.migrationgraph.reads;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In-process reads when the database runs in this JVM (and they are not switched off), Bolt otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadsProperties.class)
class GraphReadsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphReadsConfiguration.class);

    @Bean
    GraphReads graphReads(ObjectProvider<EmbeddedNeo4j> embedded, Driver driver, ReadsProperties properties) {
        EmbeddedNeo4j local = embedded.getIfAvailable();
        if (local != null && properties.inProcess()) {
            log.debug("API reads run in-process against the embedded database");
            return new InProcessGraphReads(local.database(), properties.timeout());
        }
        log.debug("API reads run over Bolt through the driver");
        return new BoltGraphReads(driver, properties.timeout());
    }
}
