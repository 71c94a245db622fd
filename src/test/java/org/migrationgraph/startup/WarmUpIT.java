package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class WarmUpIT extends GraphIntegrationTest {

    @Autowired
    WarmUp warmUp;

    @LocalServerPort
    int port;

    @Test
    void shouldHaveRunEveryWarmUpOperationWithoutErrorsAfterStartUp() throws Exception {
        WarmUp.Report report = warmUp.report().get(60, TimeUnit.SECONDS);

        assertThat(report.operations()).contains("Overview", "Suggest", "EntityPanel", "Neighbourhood", "NeighbourhoodDirect",
                "NeighbourhoodThen", "NetworkThen", "ExplorerNetwork", "ExplorerNetworkThen", "Paths", "Timeline", "TimelineThen");
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void shouldReportAFailingOperationAndStillRunTheOthers() {
        WarmUp.Report report = warmUp.run(port, "graphql-test/warm-up-with-a-failure.graphql");

        assertThat(report.operations()).containsExactly("Broken", "Fine");
        assertThat(report.failures()).singleElement().asString().startsWith("Broken: ").contains("depth");
    }
}
