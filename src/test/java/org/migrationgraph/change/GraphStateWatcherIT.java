package org.migrationgraph.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the watcher makes of the revision moving on: a revision that left no rows (a seed load, a
 * restore) counts as a write not known in detail, within two polls; a curated write of this
 * instance, reported when it committed, stays known in detail after the watcher has seen it.
 */
class GraphStateWatcherIT extends CuratedGraphTest {

    @Autowired
    GraphChanges changes;

    @Test
    void aRevisionWithoutRowsIsAWriteNotKnownInDetail() {
        long before = changes.generation();

        driver.executableQuery(GraphRevision.NEXT).execute();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> changes.generation() > before);
        assertThat(changes.touched(before, changes.generation())).isEmpty();
    }

    @Test
    void aCuratedWriteHereStaysKnownInDetailOnceTheWatcherHasSeenIt() {
        String id = unique("org");
        long before = changes.generation();
        asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Organization"], name: "%s", reason: "test"}) { revision } }"""
                .formatted(id, id));

        // Through four polls of the watcher, every generation since is known, and names the entity.
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> changes.touched(before, changes.generation()).filter(ids -> ids.contains(id)).isPresent());
    }
}
