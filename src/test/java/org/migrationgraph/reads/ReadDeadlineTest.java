package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadDeadlineTest {

    private static final Duration CONFIGURED = Duration.ofSeconds(5);

    @AfterEach
    void clear() {
        ReadDeadline.clear();
    }

    @Test
    void shouldGiveTheConfiguredTimeoutOutsideARequest() {
        assertThat(ReadDeadline.timeoutFor(CONFIGURED)).isEqualTo(CONFIGURED);
    }

    @Test
    void shouldGiveAReadOnlyWhatTheRequestHasLeft() {
        ReadDeadline.start(Duration.ofSeconds(2));
        Duration timeout = ReadDeadline.timeoutFor(CONFIGURED);
        assertThat(timeout).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldNeverGiveMoreThanTheConfiguredTimeout() {
        ReadDeadline.start(Duration.ofMinutes(10));
        assertThat(ReadDeadline.timeoutFor(CONFIGURED)).isEqualTo(CONFIGURED);
    }

    @Test
    void shouldNotStartAReadOnceNoTimeIsLeft() {
        ReadDeadline.start(Duration.ZERO);
        assertThatThrownBy(() -> ReadDeadline.timeoutFor(CONFIGURED)).isInstanceOf(ReadTimedOutException.class);
    }

    @Test
    void shouldForgetTheDeadlineWhenCleared() {
        ReadDeadline.start(Duration.ZERO);
        ReadDeadline.clear();
        assertThat(ReadDeadline.timeoutFor(CONFIGURED)).isEqualTo(CONFIGURED);
    }
}
