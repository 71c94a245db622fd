package org.migrationgraph.seed;

import java.util.List;
import java.util.Map;

/**
 * A validated seed's records, for code outside this package that measures against the curated
 * data (the ingestion evaluation uses it as its gold standard).
 *
 * @param paragraphs document id to its paragraphs, paragraph 1 first
 */
public record SeedContents(List<SeedEntity> entities, List<SeedRelation> relations, Map<String, List<String>> paragraphs) {

    /** Reads and validates the seed at a Spring resource location such as {@code file:graph-seed/}. */
    public static SeedContents read(String location) {
        Seed seed = SeedService.validated(SeedFiles.read(location));
        return new SeedContents(seed.entities(), seed.relations(), seed.paragraphs());
    }
}
