package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.support.ApiException;

/** Reading a window of valid time from a query's arguments, and the status of a meeting as it stood then. */
class ValidTimeTest {

    private static Map<String, Object> period(String from, String to) {
        Map<String, Object> during = new HashMap<>();
        during.put("from", from);
        during.put("to", to);
        return during;
    }

    @Test
    void aPartialAsOfDateIsItsWholePeriod() {
        ValidTime july = ValidTime.of("2021-07", null, null);
        assertThat(july.parameters()).containsEntry("vtFrom", "2021-07").containsEntry("vtTo", "2021-07~").containsEntry("vtUndated", true);
        assertThat("2021-07-31".compareTo((String) july.parameters().get("vtTo"))).isNegative();
        assertThat("2021-08".compareTo((String) july.parameters().get("vtTo"))).isPositive();
    }

    @Test
    void aPeriodOpenAtOneEndReachesTheStartOrTheEndOfTime() {
        assertThat(ValidTime.of(null, period("2020", null), "EXCLUDE").parameters())
                .containsEntry("vtFrom", "2020").containsEntry("vtTo", "9999~").containsEntry("vtUndated", false);
        assertThat(ValidTime.of(null, period(null, "2019-12"), null).parameters()).containsEntry("vtFrom", "0000");
    }

    @Test
    void theWindowFromTextIsTheWindowFromArguments() {
        assertThat(ValidTime.ofText(null, "2020", null, "exclude")).isEqualTo(ValidTime.of(null, period("2020", null), "EXCLUDE"));
        assertThat(ValidTime.ofText("2021-07", null, null, null)).isEqualTo(ValidTime.of("2021-07", null, null));
        assertThat(ValidTime.ofText(null, null, null, null)).isSameAs(ValidTime.ALWAYS);
    }

    @Test
    void withoutADateEveryFactCountsAndNothingIsBound() {
        assertThat(ValidTime.of(null, null, null)).isSameAs(ValidTime.ALWAYS);
        assertThat(ValidTime.ALWAYS.bound()).isFalse();
        assertThat(ValidTime.ALWAYS.parameters()).containsEntry("vtTo", null);
    }

    @Test
    void contradictoryOrMalformedWindowsAreRefusedWithWhatToSend() {
        assertThatThrownBy(() -> ValidTime.of("2020", period("2019", null), null)).isInstanceOf(ApiException.class).hasMessageContaining("send one");
        assertThatThrownBy(() -> ValidTime.of("2020-13", null, null)).hasMessageContaining("'asOf' is '2020-13'").hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> ValidTime.of(null, period("2021", "2020-06"), null)).hasMessageContaining("swap");
        assertThatThrownBy(() -> ValidTime.of(null, period(null, null), null)).hasMessageContaining("neither");
        assertThatThrownBy(() -> ValidTime.of(null, null, "EXCLUDE")).hasMessageContaining("needs a date");
        assertThatThrownBy(() -> ValidTime.of("2020", null, "SOMETIMES")).hasMessageContaining("INCLUDE or EXCLUDE");
        assertThat(ValidTime.of(null, period("2021-06", "2021"), null).bound()).isTrue();
    }

    @Test
    void aMeetingStillToComeInTheWindowWasPlannedThenWhateverItBecame() {
        ValidTime asOf2020 = ValidTime.of("2020-01-01", null, null);
        Map<String, Object> imrf = Map.of("id", "meeting:2022-05-17-imrf", "date", "2022-05-17", "status", "held");
        assertThat(asOf2020.asThen(imrf, "2022-05-17")).containsEntry("status", "planned");
        assertThat(ValidTime.of("2022-06", null, null).asThen(imrf, "2022-05-17")).containsEntry("status", "held");
        assertThat(ValidTime.ALWAYS.asThen(imrf, null)).isSameAs(imrf);
        Map<String, Object> slim = Map.of("id", "meeting:2022-05-17-imrf", "name", "IMRF");
        assertThat(asOf2020.asThen(slim, "2022-05-17")).isSameAs(slim);
    }

    @Test
    void theCypherOfAnUnboundStatementIsTheStatementAsBefore() {
        String template = "MATCH (a)-[r]->(b) WHERE {{holds(r)}} AND {{exists(b)}} RETURN {{undated(r)}}, {{undatedEntity(b)}}, {{start(b)}}";
        assertThat(ValidTimeCypher.fill(template, false)).isEqualTo("MATCH (a)-[r]->(b) WHERE true AND true RETURN false, false, null");
        assertThat(ValidTimeCypher.fill(template, true)).contains("split(r.validity, '|')[0] <= $vtTo", "split(b.validity, '|')[1] > $vtFrom", "$vtUndated")
                .doesNotContain("{{", "r.since", "b.scheduledAsOf");
    }
}
