package org.migrationgraph.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ClientBudgetTest {

    @Test
    void shouldAdmitUntilTheBudgetIsSpent() {
        ClientBudget budget = new ClientBudget(3);

        assertThat(budget.admit()).isEmpty();
        assertThat(budget.admit()).isEmpty();
        assertThat(budget.admit()).isEmpty();
        assertThat(budget.admit()).hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void shouldLetOneExpensiveQueryOverdrawAndMakeTheNextWaitForTheDebt() {
        ClientBudget budget = new ClientBudget(600);
        assertThat(budget.admit()).isEmpty();

        budget.charge(1_199);

        assertThat(budget.remaining()).isZero();
        // 600 points of debt plus the next request's one point, refilled at 10 per second.
        assertThat(budget.admit()).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61)));
    }

    @Test
    void shouldRoundTheWaitUpToWholeSecondsForRetryAfter() {
        assertThat(CostBudgets.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(CostBudgets.seconds(Duration.ofMillis(1_001))).isEqualTo(2);
        assertThat(CostBudgets.refusal(Duration.ofSeconds(7))).contains("retry in 7 s");
    }
}
