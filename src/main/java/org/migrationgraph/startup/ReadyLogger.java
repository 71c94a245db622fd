package org.migrationgraph.startup;

import java.util.Optional;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The one line an operator needs: where the data lives, how to reach it, how long start-up took. */
@Component
class ReadyLogger implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLogger.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final GraphStartup startup;

    ReadyLogger(ObjectProvider<EmbeddedNeo4j> embedded, GraphStartup startup) {
        this.embedded = embedded;
        this.startup = startup;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String database = Optional.ofNullable(embedded.getIfAvailable())
                .map(db -> "embedded Neo4j, data in " + db.home() + ", Bolt " + db.boltUri() + " (loopback; user neo4j, password "
                        + db.passwordFile().map(file -> "in " + file).orElse("from migration-graph.embedded.password") + ")")
                .orElse("external Neo4j at " + startup.databaseUri());
        String seed = startup.seedReport() == null ? "seed not applied (on-startup=false)" : startup.seedReport().summary();
        long millis = event.getTimeTaken() == null ? -1 : event.getTimeTaken().toMillis();
        log.info("migration-graph ready in {} ms: explorer http://localhost:{}/, GraphQL /graphql, GraphiQL /graphiql; {}; {}",
                millis, port, database, seed);
    }
}
