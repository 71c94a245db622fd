package org.migrationgraph.seed;

import java.util.List;
import java.util.Map;

/**
 * The whole seed as read, before validation.
 *
 * @param sharedNames names and aliases that several entities carry on purpose
 * @param paragraphs document id to its paragraphs, paragraph 1 first
 */
record Seed(String location, String hash, List<VocabularyTerm> kinds, List<VocabularyTerm> relationTypes,
            List<SeedReference> references, List<SeedEntity> entities, List<SeedRelation> relations,
            List<SeedSharedName> sharedNames,
            Map<String, List<String>> paragraphs) {
}
