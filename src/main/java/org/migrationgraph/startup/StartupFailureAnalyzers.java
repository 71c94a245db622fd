package org.migrationgraph.startup;

import org.migrationgraph.embedded.EmbeddedNeo4jStartException;
import org.migrationgraph.seed.InvalidSeedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the start-up failures a user can fix into Boot's short "what failed / what to do"
 * report, which replaces the stack trace on the console. Registered in META-INF/spring.factories.
 */
final class StartupFailureAnalyzers {

    private StartupFailureAnalyzers() {
    }

    static class EmbeddedDatabase extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, EmbeddedNeo4jStartException cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
    }

    static class DatabaseUnavailable extends AbstractFailureAnalyzer<DatabaseUnavailableException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, DatabaseUnavailableException cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
    }

    static class InvalidSeed extends AbstractFailureAnalyzer<InvalidSeedException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, InvalidSeedException cause) {
            return new FailureAnalysis(cause.getMessage() + "\nNothing was written; the graph is as it was.",
                    "Fix the lines above (check without a server: java -jar target/migration-graph.jar --validate-seed), "
                            + "or start with migration-graph.seed.on-startup=false.", cause);
        }
    }

    static class WarmUpOperations extends AbstractFailureAnalyzer<WarmUpOperationsException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, WarmUpOperationsException cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
    }
}
