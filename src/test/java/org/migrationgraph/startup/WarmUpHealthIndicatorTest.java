package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Status;

/** Readiness waits for the warm-up where there is one, and only then. */
class WarmUpHealthIndicatorTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final WarmUpHealthIndicator indicator = new WarmUpHealthIndicator(beans.getBeanProvider(WarmUp.class));

    @Test
    void shouldBeOutOfServiceWhileTheWarmUpRunsAndUpOnceItHasFinishedNamingItsFailures() {
        WarmUp warmUp = new WarmUp(Duration.ZERO, WarmUp.OPERATIONS, "own");
        beans.registerSingleton("warmUp", warmUp);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        warmUp.report().complete(new WarmUp.Report(List.of("Overview", "Paths"), List.of("Paths: refused"), 1200, false, 4));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).containsEntry("rounds", 4).containsEntry("millis", 1200L)
                .containsEntry("failures", List.of("Paths: refused"));
    }

    @Test
    void shouldBeUpAtOnceWhereTheWarmUpIsSwitchedOff() {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
