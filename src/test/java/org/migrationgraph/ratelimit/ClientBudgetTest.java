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

        budget.charge(600);

        assertThat(budget.remaining()).isZero();
        // One point of debt plus the next request's one point, refilled at 10 per second.
        assertThat(budget.admit()).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMillis(150), Duration.ofMillis(250)));
    }

    @Test
    void shouldNeverOweMoreThanOneMinutesBudget() {
        ClientBudget budget = new ClientBudget(60);
        assertThat(budget.admit()).isEmpty();

        budget.charge(4_999);

        // 59 left, 60 charged: one point of debt, not 4,940 (82 minutes at one point a second).
        assertThat(budget.admit()).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMillis(1_500), Duration.ofMillis(2_500)));
    }

    @Test
    void shouldRoundTheWaitUpToWholeSecondsForRetryAfter() {
        assertThat(CostBudgets.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(CostBudgets.seconds(Duration.ofMillis(1_001))).isEqualTo(2);
        assertThat(CostBudgets.refusal(Duration.ofSeconds(7))).contains("retry in 7 s");
    }
}
