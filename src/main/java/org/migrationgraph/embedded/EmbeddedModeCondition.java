package org.migrationgraph.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Embedded mode is on by default and off as soon as an external database is named with
 * {@code spring.neo4j.uri}, so that the same jar serves both modes; an explicit
 * {@code migration-graph.embedded.enabled} wins either way.
 */
public class EmbeddedModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }

    /** Whether this environment runs the embedded DBMS. */
    public static boolean isEmbedded(Environment env) {
        Boolean explicit = env.getProperty("migration-graph.embedded.enabled", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return !env.containsProperty("spring.neo4j.uri");
    }
}
