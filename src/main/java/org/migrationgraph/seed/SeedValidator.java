package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks that must all pass before anything is written: ids unique and resolvable, kinds and
 * relation types declared, every relation cited, every quote found verbatim, dates ISO, and no
 * name or alias shared by two entities unless listed as a deliberate exception.
 */
final class SeedValidator {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z]*");
    private static final Pattern RELATION_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Seed seed;
    private final List<SeedProblem> problems = new ArrayList<>();
    private final Map<String, SeedEntity> entities = new HashMap<>();
    private final Set<String> referenceIds = new HashSet<>();

    private SeedValidator(Seed seed) {
        this.seed = seed;
    }

    static List<SeedProblem> validate(Seed seed) {
        SeedValidator validator = new SeedValidator(seed);
        validator.checkVocabulary();
        validator.checkReferences();
        validator.checkEntities();
        validator.checkRelations();
        validator.checkEveryReferenceIsCited();
        validator.problems.addAll(NameCollisions.check(seed));
        return validator.problems;
    }

    private void checkVocabulary() {
        duplicates(seed.kinds(), "kind");
        duplicates(seed.relationTypes(), "relation type");
        seed.kinds().stream().filter(k -> !KIND.matcher(k.name()).matches()).forEach(k ->
                add(k.file(), k.line(), "kind '" + k.name() + "' must be a PascalCase word (it becomes a label)"));
        seed.relationTypes().stream().filter(t -> !RELATION_TYPE.matcher(t.name()).matches()).forEach(t ->
                add(t.file(), t.line(), "relation type '" + t.name() + "' must be UPPER_SNAKE_CASE"));
    }

    private void duplicates(List<VocabularyTerm> terms, String what) {
        Set<String> seen = new HashSet<>();
        terms.stream().filter(t -> !seen.add(t.name())).forEach(t ->
                add(t.file(), t.line(), what + " '" + t.name() + "' is declared twice"));
    }

    private void checkReferences() {
        for (SeedReference reference : seed.references()) {
            if (reference.id() != null && !referenceIds.add(reference.id())) {
                add(reference.file(), reference.line(), "duplicate reference id '" + reference.id() + "'");
            }
            FactRules.id(reference.id()).ifPresent(v -> add(reference.file(), reference.line(), v.message()));
        }
    }

    private void checkEntities() {
        for (SeedEntity entity : seed.entities()) {
            if (entity.id() == null) {
                continue;
            }
            SeedEntity earlier = entities.putIfAbsent(entity.id(), entity);
            if (earlier != null || referenceIds.contains(entity.id())) {
                add(entity.file(), entity.line(), "duplicate id '" + entity.id() + "'"
                        + (earlier == null ? " (also a reference id)" : " (first defined at " + earlier.file() + ":" + earlier.line() + ")"));
            }
            if (entity.kinds().contains("Document") && entity.text() == null) {
                add(entity.file(), entity.line(), "document " + entity.id() + " needs 'text', the path of its text file");
            }
        }
        KnownGraph known = new SeedKnowledge(seed, entities.keySet(), referenceIds);
        for (SeedEntity entity : seed.entities()) {
            if (entity.id() != null) {
                FactRules.entity(entity, known).forEach(v -> report(v, entity.file(), entity.line(), entity.citations()));
            }
        }
    }

    private void checkRelations() {
        KnownGraph known = new SeedKnowledge(seed, entities.keySet(), referenceIds);
        Set<String> seen = new HashSet<>();
        for (SeedRelation relation : seed.relations()) {
            if (!seen.add(relation.id())) {
                add(relation.file(), relation.line(), "duplicate relation " + relation.from() + " -" + relation.type() + "-> "
                        + relation.to() + "; give each (from, type, to) once");
            }
            FactRules.relation(relation, known).forEach(v -> report(v, relation.file(), relation.line(), relation.citations()));
        }
    }

    /** A problem with a citation is reported at the citation's line; the parser has already reported missing parts. */
    private void report(Violation violation, String file, int line, List<SeedCitation> citations) {
        if (violation.code() == ViolationCode.INVALID_CITATION) {
            return;
        }
        if (violation.field().size() > 1 && violation.field().get(0).equals("citations")) {
            SeedCitation citation = citations.get(Integer.parseInt(violation.field().get(1)));
            add(citation.file(), citation.line(), violation.message());
        } else {
            add(file, line, violation.message());
        }
    }

    /** A reference nothing cites is either a leftover or a fact someone forgot to record. */
    private void checkEveryReferenceIsCited() {
        Set<String> cited = new HashSet<>();
        seed.entities().forEach(e -> e.citations().forEach(c -> cited.add(c.reference())));
        seed.relations().forEach(r -> r.citations().forEach(c -> cited.add(c.reference())));
        seed.references().stream().filter(r -> r.id() != null && !cited.contains(r.id())).forEach(r ->
                add(r.file(), r.line(), "reference '" + r.id() + "' is cited by nothing; cite it for the facts it holds, or remove it"));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private void add(String file, int line, String message) {
        problems.add(new SeedProblem(file, line, message));
    }
}
