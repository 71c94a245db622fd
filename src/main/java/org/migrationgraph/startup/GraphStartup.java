package org.migrationgraph.startup;

import java.net.URI;

import org.migrationgraph.graph.TimelineIndexes;
import org.migrationgraph.relation.RelationKeyIndexes;
import org.migrationgraph.schema.SchemaMigrations;
import org.migrationgraph.seed.SeedReport;
import org.migrationgraph.seed.SeedService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date while the context starts, before the web server accepts
 * requests: schema migrations first, then the seed when it changed, then the relation page key
 * indexes of the types it declares. A database that cannot be
 * reached ends start-up with one sentence instead of a driver stack trace.
 */
@Component
class GraphStartup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

    private final SchemaMigrations migrations;
    private final SeedService seeds;
    private final RelationKeyIndexes relationKeyIndexes;
    private final TimelineIndexes timelineIndexes;
    private final URI databaseUri;
    private SeedReport seedReport;

    private final Driver driver;

    GraphStartup(Driver driver, SchemaMigrations migrations, SeedService seeds, RelationKeyIndexes relationKeyIndexes,
                 TimelineIndexes timelineIndexes, Neo4jConnectionDetails connection) {
        this.driver = driver;
        this.migrations = migrations;
        this.seeds = seeds;
        this.relationKeyIndexes = relationKeyIndexes;
        this.timelineIndexes = timelineIndexes;
        this.databaseUri = connection.getUri();
    }

    @Override
    public void afterPropertiesSet() {
        try {
            // One attempt, no retries: managed transactions would retry for 30 s, logging each time.
            driver.verifyConnectivity();
            migrations.apply();
            if (seeds.loadsOnStartup()) {
                seedReport = seeds.applyIfChanged();
                if (seedReport.status() == SeedReport.Status.KEPT_CURATED) {
                    log.warn("{}", seedReport.summary());
                } else {
                    log.info("{}", seedReport.summary());
                }
            }
            // After the seed: the indexes are per relation type and kind, and the seed declares them.
            relationKeyIndexes.ensure();
            timelineIndexes.ensure();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j at " + databaseUri + " cannot be reached: " + e.getMessage(),
                    "Start that Neo4j, or fix spring.neo4j.uri; unset it to use the embedded database.", e);
        } catch (AuthenticationException e) {
            throw new DatabaseUnavailableException("Neo4j at " + databaseUri + " refused the credentials: " + e.getMessage(),
                    "Set spring.neo4j.authentication.username and spring.neo4j.authentication.password.", e);
        }
    }

    /** What the seed step did at start-up, or null when seeding on start-up is off. */
    SeedReport seedReport() {
        return seedReport;
    }

    URI databaseUri() {
        return databaseUri;
    }
}
