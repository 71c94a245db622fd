package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.ReadBudget;
import org.migrationgraph.reads.Row;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;

/**
 * Tallies are made in the background: a request waits within its time, then is told NOT_READY and
 * when to ask again, while the tally goes on for the next request. The reads are mocked, each tally
 * held until the test lets it finish; StatsTalliesIT checks the tallies themselves on the seed.
 */
class CountTalliesTest {

    private final GraphReads reads = mock(GraphReads.class);
    private final GraphChanges changes = new GraphChanges();
    private final CountTallies tallies = new CountTallies(reads, changes);
    /** One permit lets one tally finish. */
    private final Semaphore finish = new Semaphore(0);
    private final AtomicBoolean failNext = new AtomicBoolean();

    CountTalliesTest() {
        Cell empty = mock(Cell.class);
        given(empty.asList(any())).willReturn(List.of());
        Row row = mock(Row.class);
        given(row.get(anyString())).willReturn(empty);
        doAnswer(call -> {
            finish.acquire();
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the database went away");
            }
            Consumer<Row> consumer = call.getArgument(3);
            consumer.accept(row);
            return null;
        }).when(reads).forEach(anyString(), anyMap(), any(), any());
    }

    @AfterEach
    void stop() {
        tallies.stop();
    }

    @Test
    void aRequestOutOfTimeIsToldNotReadyAndTheNextGetsTheTallyItStarted() {
        assertThatThrownBy(this::nowWithin50Ms).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_READY);
            assertThat(e.getMessage()).isEqualTo("The graph's counts are being made again, as after every start and change; ask again in about 5 s.");
            assertThat(e.extensions()).containsEntry("retryAfter", 5L);
        });
        finish.release();

        assertThat(tallies.now().generation()).isZero();
        assertThat(tallies.now()).isSameAs(tallies.now());
        verify(reads, times(1)).forEach(anyString(), anyMap(), any(), any());
    }

    @Test
    void aChangeMakesThemAgainAndTheAnswerSaysHowLongTheLastTook() {
        finish.release();
        tallies.now();
        changes.invalidate();

        assertThatThrownBy(this::nowWithin50Ms).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).contains("(the last time took 1 s)");
            assertThat(e.extensions()).containsEntry("retryAfter", 1L);
        });
        finish.release();

        assertThat(tallies.now().generation()).isEqualTo(1);
        verify(reads, times(2)).forEach(anyString(), anyMap(), any(), any());
    }

    @Test
    void aFailedTallyIsReportedAndStartedAgainByTheNextRequest() {
        failNext.set(true);
        finish.release();
        assertThatThrownBy(tallies::now).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");

        finish.release();
        assertThat(tallies.now().generation()).isZero();
        verify(reads, times(2)).forEach(anyString(), anyMap(), any(), any());
    }

    @Test
    void aTallyOverBeforeTheRequestWaitsIsStillItsAnswer() {
        CountTallies atOnce = new CountTallies(reads, changes, Runnable::run);
        failNext.set(true);
        finish.release();
        assertThatThrownBy(atOnce::now).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");

        finish.release();
        assertThat(atOnce.now().generation()).isZero();
    }

    private CountTallies.Tallies nowWithin50Ms() {
        try (ReadBudget.Scope scope = ReadBudget.startingNow(Duration.ofMillis(50)).bind()) {
            return tallies.now();
        }
    }
}
