package org.migrationgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** A read that runs past the transaction timeout is stopped by Neo4j and reported as TIMEOUT. */
class TimeoutIT extends GraphIntegrationTest {

    private static final String SLOW = "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)";

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldApplyTheFiveSecondDefaultToEveryManagedReadTransaction() {
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout()).isEqualTo(5);
    }

    @Test
    void shouldStopARunawayReadAndReportTimeoutWithoutInternals() {
        Neo4jException timedOut = (Neo4jException) catchTimeout();
        assertThat(timedOut.code()).contains("TransactionTimedOut");

        var env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("neighborhood").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.parse("/neighborhood")).build())
                .build();
        GraphQLError error = new GraphQlExceptionHandler().resolveToSingleError(timedOut, env);
        assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(error.getMessage()).isEqualTo("The request took longer than the time allowed; ask for less (smaller pages, fewer hops).");
    }

    private Throwable catchTimeout() {
        try (var session = driver.session()) {
            var config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(1)).build();
            assertThatThrownBy(() -> session.executeRead(tx -> tx.run(SLOW).single(), config)).isInstanceOf(Neo4jException.class);
            try {
                session.executeRead(tx -> tx.run(SLOW).single(), config);
            } catch (Neo4jException e) {
                return e;
            }
        }
        throw new AssertionError("the slow query finished within its timeout");
    }

}
