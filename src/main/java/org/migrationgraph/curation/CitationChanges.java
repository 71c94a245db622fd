package org.migrationgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.migrationgraph.curation.Inputs.AddCitationInput;
import org.migrationgraph.curation.Inputs.CitationInput;
import org.migrationgraph.curation.Inputs.RemoveCitationInput;
import org.migrationgraph.curation.Snapshots.StoredEntity;
import org.migrationgraph.curation.Snapshots.StoredRelation;
import org.migrationgraph.seed.DocumentText;
import org.migrationgraph.seed.FactRules;
import org.migrationgraph.seed.SeedCitation;
import org.migrationgraph.seed.SeedEntity;
import org.migrationgraph.seed.SeedRelation;
import org.migrationgraph.seed.ViolationCode;

/** Adding a citation to an entity or a relation, and removing one. */
final class CitationChanges {

    private CitationChanges() {
    }

    static void add(AddCitationInput input, ChangeSet set) {
        change(input.subjectId(), input.expectedVersion(), input.citation(), set, true);
    }

    static void remove(RemoveCitationInput input, ChangeSet set) {
        change(input.subjectId(), input.expectedVersion(), input.citation(), set, false);
    }

    /** A relation id has an arrow; anything else is an entity id. */
    private static void change(String subjectId, Long expectedVersion, CitationInput input, ChangeSet set, boolean add) {
        if (subjectId != null && subjectId.contains("->")) {
            Optional<StoredRelation> found = RelationChanges.existing(subjectId, set);
            if (found.isPresent() && set.isCurrent(subjectId, found.get().version(), expectedVersion)) {
                SeedRelation old = found.get().relation();
                List<SeedCitation> citations = changed(subjectId, old.citations(), input, add, set);
                if (citations != null && citations.isEmpty()) {
                    set.error(ViolationCode.CITATION_REQUIRED, "a relation keeps at least one citation; add the new one first, "
                            + "or delete the relation", "citation");
                } else if (citations != null) {
                    RelationChanges.write(new SeedRelation(old.from(), old.type(), old.to(), old.properties(), citations,
                            old.file(), 0), found.get(), set.errorCount(), set);
                }
            }
            return;
        }
        Optional<StoredEntity> found = EntityChanges.existing(subjectId, set);
        if (found.isPresent() && set.isCurrent(subjectId, found.get().version(), expectedVersion)) {
            SeedEntity old = found.get().entity();
            List<SeedCitation> citations = changed(subjectId, old.citations(), input, add, set);
            if (citations != null) {
                EntityChanges.write(new SeedEntity(old.id(), old.kinds(), old.name(), old.aliases(), old.description(), null,
                        old.properties(), citations, old.file(), 0), found.get(), set.errorCount(), set);
            }
        }
    }

    /** The citations after the change, or null (with an error) when it cannot be made. */
    private static List<SeedCitation> changed(String subjectId, List<SeedCitation> citations, CitationInput input, boolean add,
                                              ChangeSet set) {
        SeedCitation citation = input.toSeed();
        if (add) {
            Optional<org.migrationgraph.seed.Violation> wrong = FactRules.citation(citation, subjectId, set.graph);
            if (wrong.isPresent()) {
                set.violations(List.of(wrong.get()), "citation");
                return null;
            }
        }
        int index = indexOf(citations, citation);
        List<SeedCitation> result = new ArrayList<>(citations);
        if (add) {
            if (index >= 0) {
                set.error(ViolationCode.INVALID_CITATION, "the subject already carries this citation", "citation");
                return null;
            }
            result.add(citation);
            return result;
        }
        if (index < 0) {
            set.error(ViolationCode.NOT_FOUND, "the subject carries no such citation; give it exactly as Citation reads it "
                    + "(document, paragraph and quote, or reference and detail)", "citation");
            return null;
        }
        result.remove(index);
        return result;
    }

    private static int indexOf(List<SeedCitation> citations, SeedCitation wanted) {
        for (int i = 0; i < citations.size(); i++) {
            SeedCitation c = citations.get(i);
            boolean same = wanted.isDocument()
                    ? c.isDocument() && java.util.Objects.equals(c.document(), wanted.document())
                      && java.util.Objects.equals(c.paragraph(), wanted.paragraph()) && wanted.quote() != null
                      && DocumentText.normalize(c.quote()).equals(DocumentText.normalize(wanted.quote()))
                    : !c.isDocument() && c.reference().equals(wanted.reference())
                      && java.util.Objects.equals(c.detail(), EntityChanges.blankToNull(wanted.detail()));
            if (same) {
                return i;
            }
        }
        return -1;
    }
}
