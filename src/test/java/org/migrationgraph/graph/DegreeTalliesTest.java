package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.validtime.ValidTime;

/**
 * The top from the degree tallies: the degrees in a window are the tallies whose relation holds
 * and whose far end exists, and the answer stands only when the last of the top has more than any
 * entity left out could have. ValidTimeCypher's rules themselves are MostConnectedIT's: here a
 * window is which validities hold and exist.
 */
class DegreeTalliesTest {

    private static final String OLD = "2000|2010";
    private static final String NEW = "2020|~";

    /** hub: 5 undated, 4 old, 3 new relations; busy: 6 new; quiet: 2 undated to an old entity. */
    private static DegreeTallies tallies(DegreeTallies.LeftOut leftOut) {
        return new DegreeTallies.Builder()
                .add("org:hub", null, null, null, 5, leftOut)
                .add("org:hub", null, OLD, null, 4, leftOut)
                .add("org:hub", null, NEW, null, 3, leftOut)
                .add("org:busy", NEW, NEW, NEW, 6, leftOut)
                .add("org:quiet", null, null, OLD, 2, leftOut)
                .build(7, 7, DegreeTallies.Counted.EVERY_RELATION);
    }

    /** holds and exists for the validities of the tallies, in their order: those listed are true. */
    private static boolean[] only(DegreeTallies tallies, String... validities) {
        boolean[] in = new boolean[tallies.validities().size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = Arrays.asList(validities).contains(tallies.validities().get(i));
        }
        return in;
    }

    @Test
    void withoutAWindowEveryTallyCountsAndTheTopIsKnownAboveTheMostLeftOut() {
        DegreeTallies tallies = tallies(new DegreeTallies.LeftOut(1, "org:a"));
        boolean[] all = only(tallies, null, OLD, NEW);

        assertThat(tallies.top(3, all, all)).contains(List.of(new DegreeTallies.Ranked("org:hub", 12),
                new DegreeTallies.Ranked("org:busy", 6), new DegreeTallies.Ranked("org:quiet", 2)));
        assertThat(tallies.generation()).isEqualTo(7);
    }

    @Test
    void aWindowCountsTheRelationsThatHoldToEntitiesThatExistAndLeavesOutEntitiesThatDoNot() {
        DegreeTallies tallies = tallies(new DegreeTallies.LeftOut(1, "org:a"));
        boolean[] recent = only(tallies, null, NEW);

        assertThat(tallies.top(2, recent, recent)).contains(List.of(new DegreeTallies.Ranked("org:hub", 8),
                new DegreeTallies.Ranked("org:busy", 6)));
        assertThat(tallies.top(2, recent, only(tallies, (String) null))).as("busy does not exist; quiet's far end does not either")
                .isEmpty();
    }

    @Test
    void aTopThatAnEntityLeftOutCouldReachOrTieAheadOfIsNotKnown() {
        DegreeTallies tiedAhead = tallies(new DegreeTallies.LeftOut(2, "org:a"));
        boolean[] all = only(tiedAhead, null, OLD, NEW);

        assertThat(tiedAhead.top(3, all, all)).as("quiet's 2 ties the first left out, whose id comes first").isEmpty();
        assertThat(tiedAhead.top(2, all, all)).isPresent();
        assertThat(tallies(new DegreeTallies.LeftOut(3, "org:z")).top(3, all, all)).as("one left out may have 3").isEmpty();
        assertThat(tallies(DegreeTallies.LeftOut.NONE).top(3, all, all)).as("every entity tallied").isPresent();
        assertThat(tallies(DegreeTallies.LeftOut.NONE).top(4, all, all)).as("an entity without relations has no tallies").isEmpty();
    }

    @Test
    void aTopThatTiesTheFirstLeftOutStandsWhenItsIdComesFirst() {
        DegreeTallies tiedBehind = tallies(new DegreeTallies.LeftOut(2, "org:z"));
        boolean[] all = only(tiedBehind, null, OLD, NEW);

        assertThat(tiedBehind.top(3, all, all)).as("every entity left out with 2 has an id after org:z's, after quiet's")
                .contains(List.of(new DegreeTallies.Ranked("org:hub", 12), new DegreeTallies.Ranked("org:busy", 6),
                        new DegreeTallies.Ranked("org:quiet", 2)));
    }

    @Test
    void datedRelationsAnswerOnlyWindowsThatLeaveUndatedFactsOut() {
        assertThat(DegreeTallies.Counted.DATED_RELATIONS.answers(ValidTime.of("2020", null, "EXCLUDE"))).isTrue();
        assertThat(DegreeTallies.Counted.DATED_RELATIONS.answers(ValidTime.of("2020", null, null))).isFalse();
        assertThat(DegreeTallies.Counted.DATED_RELATIONS.answers(ValidTime.ALWAYS)).isFalse();
        assertThat(DegreeTallies.Counted.EVERY_RELATION.answers(ValidTime.of("2020", null, "EXCLUDE"))).isTrue();
    }

    @Test
    void noRowsKnowNoTop() {
        DegreeTallies none = new DegreeTallies.Builder().build(0, 0, DegreeTallies.Counted.DATED_RELATIONS);

        assertThat(none.top(1, new boolean[0], new boolean[0])).isEmpty();
    }

    @Test
    void anEntityLeftOutThatRanksHigherOrTiesAheadBecomesTheFirstLeftOut() {
        DegreeTallies.LeftOut first = new DegreeTallies.LeftOut(6, "org:m");

        assertThat(first.with("org:z", 7)).isEqualTo(new DegreeTallies.LeftOut(7, "org:z"));
        assertThat(first.with("org:a", 6)).isEqualTo(new DegreeTallies.LeftOut(6, "org:a"));
        assertThat(first.with("org:z", 6)).as("as many, after it by id").isSameAs(first);
        assertThat(first.with("org:a", 5)).as("fewer: the bound still holds").isSameAs(first);
        assertThat(new DegreeTallies.LeftOut(6, null).with("org:a", 6)).as("ties of unknown ids stay unknown")
                .isEqualTo(new DegreeTallies.LeftOut(6, null));
        assertThat(DegreeTallies.LeftOut.NONE.with("org:new", 0)).isSameAs(DegreeTallies.LeftOut.NONE);
    }
}
