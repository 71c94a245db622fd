package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.DatabaseUnreachableException;
import org.migrationgraph.reads.ReadOutOfMemoryException;
import org.migrationgraph.reads.ReadTimedOutException;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

class GraphQlExceptionHandlerTest {

    private final GraphQlExceptionHandler handler = new GraphQlExceptionHandler();

    private static DataFetchingEnvironment env() {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("entity").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString).path(ResultPath.parse("/entity")).build())
                .build();
    }

    @Test
    void shouldReportAnUnreachableDatabaseAsDatabaseUnavailable() {
        GraphQLError error = handler.resolveToSingleError(new DatabaseUnreachableException(
                new ServiceUnavailableException("connection refused to 10.0.0.7:7687")), env());
        assertThat(error.getExtensions()).containsEntry("code", "DATABASE_UNAVAILABLE");
        assertThat(error.getMessage()).isEqualTo("The graph database cannot be reached right now; try again shortly.");
    }

    @Test
    void shouldReportAReadStoppedByNeo4jAsTimeoutWithoutInternals() {
        GraphQLError error = handler.resolveToSingleError(new ReadTimedOutException(
                new IllegalStateException("Neo.ClientError.Transaction.TransactionTimedOut in MATCH (n) ...")), env());
        assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(error.getMessage()).isEqualTo("The request took longer than the time allowed; ask for less (smaller pages, fewer hops).");
    }

    @Test
    void shouldReportAReadOverItsMemoryLimitAsTooComplexSayingHowToAskForLess() {
        GraphQLError error = handler.resolveToSingleError(new ReadOutOfMemoryException(
                new IllegalStateException("The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB.")), env());
        assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX").containsEntry("classification", "BAD_REQUEST");
        assertThat(error.getMessage()).isEqualTo("Answering this would take more memory than one request may use; ask for less (fewer hops, "
                + "a smaller limit or first, fewer kinds or relation types, or an entity with fewer relations).");
    }

    @Test
    void shouldPassOnWhenToAskAgainForAnAnswerNotReadyYetAsNoFaultOfTheClient() {
        GraphQLError error = handler.resolveToSingleError(new org.migrationgraph.support.ApiException(
                org.migrationgraph.support.ErrorCode.NOT_READY, "The graph's counts are being made again; ask again in about 9 s.",
                java.util.Map.of("retryAfter", 9L)), env());
        assertThat(error.getExtensions()).containsEntry("code", "NOT_READY").containsEntry("retryAfter", 9L)
                .containsEntry("classification", "INTERNAL_ERROR");
        assertThat(error.getMessage()).isEqualTo("The graph's counts are being made again; ask again in about 9 s.");
    }

    /**
     * Seen on a 1M store during the start-up warm-up: batch loads that failed after the request was
     * cancelled reached this handler as graphql-java's AbortExecutionException, one per citation,
     * each logged as an unexpected error with its stack trace and answered INTERNAL_ERROR.
     */
    @Test
    void shouldReportAFieldCutOffByTheCancelledExecutionAsTimeoutNotAsAnIncident() {
        GraphQLError error = handler.resolveToSingleError(new AbortExecutionException("Execution has been asked to be cancelled"), env());
        assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(error.getMessage()).isEqualTo(ApiInterceptor.TIMEOUT_MESSAGE).doesNotContain("incident");
    }

    @Test
    void shouldAnswerAnUnexpectedErrorWithAnIncidentIdAndNoInternals() {
        GraphQLError error = handler.resolveToSingleError(new IllegalStateException("MATCH (n:Secret) failed at Foo.java:42"), env());
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(error.getMessage()).matches("Internal error; quote incident [0-9a-f-]{36} when reporting it\\.")
                .doesNotContain("MATCH").doesNotContain("Foo.java");
    }

    @Test
    void shouldKeepTheMessageAndCodeOfAnExpectedError() {
        GraphQLError error = handler.resolveToSingleError(new ApiException(ErrorCode.NOT_FOUND, "No entity has the id 'x:y'."), env());
        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
        assertThat(error.getMessage()).isEqualTo("No entity has the id 'x:y'.");
    }
}
