package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.migrationgraph.support.ApiException;

/** Timeline cursors name an entry by its start and id, and refuse what they did not issue. */
class TimelineCursorTest {

    @Test
    void aCursorNamesTheEntryItWasIssuedFor() {
        assertThat(TimelineCursor.after(TimelineCursor.encode("2019-12", "meeting:a\nb"))).isEqualTo(new TimelineCursor("2019-12", "meeting:a\nb"));
        assertThat(TimelineCursor.after(null)).isNull();
    }

    @Test
    void aCursorOfAnotherKindOrNoneIsRefusedNamingItself() {
        for (String cursor : new String[] {"offset:3", "%%%", TimelineCursor.encode("2019", "").substring(0, 10), "cmVsOkFcbmI"}) {
            assertThatThrownBy(() -> TimelineCursor.after(cursor)).isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("'after' (" + cursor + ") is not a timelineItems cursor");
        }
    }
}
