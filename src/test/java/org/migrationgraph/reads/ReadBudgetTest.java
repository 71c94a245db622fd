package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReadBudgetTest {

    private static final Duration CONFIGURED = Duration.ofSeconds(5);

    @Test
    void shouldGiveTheConfiguredTimeoutOutsideARequest() {
        assertThat(ReadBudget.nextStatement(CONFIGURED)).isEqualTo(CONFIGURED);
    }

    @Test
    void shouldGiveAReadOnlyWhatTheRequestHasLeft() {
        try (var bound = ReadBudget.startingNow(Duration.ofSeconds(2)).bind()) {
            assertThat(ReadBudget.nextStatement(CONFIGURED)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void shouldNeverGiveMoreThanTheConfiguredTimeout() {
        try (var bound = ReadBudget.startingNow(Duration.ofMinutes(10)).bind()) {
            assertThat(ReadBudget.nextStatement(CONFIGURED)).isEqualTo(CONFIGURED);
        }
    }

    @Test
    void shouldNotStartAReadOnceNoTimeIsLeft() {
        try (var bound = ReadBudget.startingNow(Duration.ZERO).bind()) {
            assertThatThrownBy(() -> ReadBudget.nextStatement(CONFIGURED)).isInstanceOf(ReadTimedOutException.class);
        }
    }

    @Test
    void shouldForgetTheBudgetWhenTheScopeCloses() {
        try (var bound = ReadBudget.startingNow(Duration.ZERO).bind()) {
            assertThat(ReadBudget.CURRENT.get()).isNotNull();
        }
        assertThat(ReadBudget.nextStatement(CONFIGURED)).isEqualTo(CONFIGURED);
    }

    @Test
    void shouldCountEveryStatementAgainstTheBudgetBoundToTheThread() {
        ReadBudget budget = ReadBudget.startingNow(Duration.ofSeconds(2));
        try (var bound = budget.bind()) {
            ReadBudget.nextStatement(CONFIGURED);
            ReadBudget.nextStatement(CONFIGURED);
        }
        ReadBudget.nextStatement(CONFIGURED);
        assertThat(budget.statements()).isEqualTo(2);
    }

    @Test
    void shouldRestoreTheOuterBudgetWhenANestedScopeCloses() {
        ReadBudget outer = ReadBudget.startingNow(Duration.ofSeconds(2));
        try (var first = outer.bind()) {
            try (var second = ReadBudget.startingNow(Duration.ofSeconds(2)).bind()) {
                ReadBudget.nextStatement(CONFIGURED);
            }
            ReadBudget.nextStatement(CONFIGURED);
        }
        assertThat(outer.statements()).isEqualTo(1);
    }

    @Test
    void shouldBeCarriedByTheAccessorUnderTheContextKey() {
        ReadBudgetAccessor accessor = new ReadBudgetAccessor();
        ReadBudget budget = ReadBudget.startingNow(Duration.ofSeconds(2));
        accessor.setValue(budget);
        try {
            assertThat(accessor.key()).isEqualTo(ReadBudget.CONTEXT_KEY);
            assertThat(accessor.getValue()).isSameAs(budget);
        } finally {
            accessor.setValue();
        }
        assertThat(accessor.getValue()).isNull();
    }
}
