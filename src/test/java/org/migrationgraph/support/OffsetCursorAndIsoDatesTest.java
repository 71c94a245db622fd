package org.migrationgraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetCursorAndIsoDatesTest {

    @Test
    void shouldResumeAfterTheItemACursorNames() {
        assertThat(OffsetCursor.startAfter(null)).isZero();
        assertThat(OffsetCursor.startAfter(OffsetCursor.encode(0))).isEqualTo(1);
        assertThat(OffsetCursor.startAfter(OffsetCursor.encode(41))).isEqualTo(42);
    }

    @Test
    void shouldRefuseACursorItDidNotIssue() {
        for (String forged : new String[] {"bm9wZQ", "%%%", OffsetCursor.encode(-1), "b2Zmc2V0Ong"}) {
            assertThatThrownBy(() -> OffsetCursor.startAfter(forged)).isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("'after' is not a cursor this API issued");
        }
    }

    @Test
    void shouldBoundThePageSize() {
        assertThat(OffsetCursor.pageSize(null)).isEqualTo(20);
        assertThat(OffsetCursor.pageSize(100)).isEqualTo(100);
        assertThatThrownBy(() -> OffsetCursor.pageSize(0)).hasMessage("'first' must be between 1 and 100; it was 0.");
        assertThatThrownBy(() -> OffsetCursor.pageSize(101)).hasMessage("'first' must be between 1 and 100; it was 101.");
    }

    @Test
    void shouldAcceptPartialIsoDatesAndNothingElse() {
        assertThat(IsoDates.isPartialIsoDate("2019")).isTrue();
        assertThat(IsoDates.isPartialIsoDate("2019-12")).isTrue();
        assertThat(IsoDates.isPartialIsoDate("2019-12-10")).isTrue();
        assertThat(IsoDates.isPartialIsoDate("2019-13")).isFalse();
        assertThat(IsoDates.isPartialIsoDate("2019-02-30")).isFalse();
        assertThat(IsoDates.isPartialIsoDate("10/12/2019")).isFalse();
        assertThat(IsoDates.argument("from", null)).isNull();
        assertThatThrownBy(() -> IsoDates.argument("from", "Dec 2019"))
                .hasMessage("'from' is 'Dec 2019', not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD.");
    }
}
