package org.migrationgraph.graph;

import java.util.List;
import java.util.Locale;

import org.migrationgraph.schema.IndexesMadeTogether;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A range index per declared kind on each of the timeline's two dates (`date`, `startDate`), so
 * that a timeline page seeks its kinds' entries in date order from the cursor on and reads about
 * a page of them, instead of every dated entity of those kinds (TimelineAndStatsRepository); and
 * one on the last date (`lastDate`), so that a `from` few entries of the kinds asked reach is read
 * as those few, however many entries of other kinds reach it.
 * Node indexes are per label and the kinds are the seed's vocabulary, so they are made at start-up
 * after the seed. Without them (a kind added since the start) the same statement answers the same,
 * by scanning that kind's label.
 */
@Component
public class TimelineIndexes {

    private static final Logger log = LoggerFactory.getLogger(TimelineIndexes.class);

    /** The properties a timeline entry starts on, in the order tried: the first that is set. */
    static final List<String> STARTS = List.of("date", "startDate");

    /** What `from` compares (BulkWrites#LAST_DATE: the end date, else the start). */
    static final String LAST_DATE = "lastDate";

    private static final List<String> INDEXED = List.of(STARTS.get(0), STARTS.get(1), LAST_DATE);

    private static final String CREATE = "CREATE RANGE INDEX %s IF NOT EXISTS FOR (e:`%s`) ON (e.%s)";

    private final Driver driver;

    TimelineIndexes(Driver driver) {
        this.driver = driver;
    }

    /** Makes the missing indexes of every declared kind and waits until they are online. */
    public void ensure() {
        long started = System.nanoTime();
        List<String> kinds = IndexesMadeTogether.terms(driver, "kind");
        List<IndexesMadeTogether.Named> creates = kinds.stream().flatMap(kind -> INDEXED.stream()
                .map(date -> new IndexesMadeTogether.Named(indexName(kind, date),
                        CREATE.formatted(indexName(kind, date), kind.replace("`", "``"), date)))).toList();
        int added = IndexesMadeTogether.make(driver, creates);
        if (added > 0) {
            log.info("Made {} timeline indexes for {} kinds, online in {} ms", added, kinds.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** An index name from the kind's letters and digits only: names are not quoted in CREATE INDEX. */
    static String indexName(String kind, String date) {
        return "timeline_" + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + date.toLowerCase(Locale.ROOT);
    }
}
