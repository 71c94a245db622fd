package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks that must all pass before anything is written: ids unique and resolvable, kinds and
 * relation types declared, every relation cited, every quote found verbatim, dates ISO, and no
 * name or alias shared by two entities unless listed as a deliberate exception.
 */
final class SeedValidator {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*:\\S+");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z]*");
    private static final Pattern RELATION_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Seed seed;
    private final List<SeedProblem> problems = new ArrayList<>();
    private final Set<String> kinds;
    private final Set<String> relationTypes;
    private final Map<String, SeedEntity> entities = new HashMap<>();
    private final Set<String> referenceIds = new HashSet<>();

    private SeedValidator(Seed seed) {
        this.seed = seed;
        this.kinds = seed.kinds().stream().map(VocabularyTerm::name).collect(Collectors.toSet());
        this.relationTypes = seed.relationTypes().stream().map(VocabularyTerm::name).collect(Collectors.toSet());
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
            checkId(reference.id(), reference.file(), reference.line());
        }
    }

    private void checkEntities() {
        for (SeedEntity entity : seed.entities()) {
            if (entity.id() == null) {
                continue;
            }
            checkId(entity.id(), entity.file(), entity.line());
            SeedEntity earlier = entities.putIfAbsent(entity.id(), entity);
            if (earlier != null || referenceIds.contains(entity.id())) {
                add(entity.file(), entity.line(), "duplicate id '" + entity.id() + "'"
                        + (earlier == null ? " (also a reference id)" : " (first defined at " + earlier.file() + ":" + earlier.line() + ")"));
            }
            entity.kinds().stream().filter(k -> !kinds.contains(k)).forEach(k -> add(entity.file(), entity.line(),
                    "unknown kind '" + k + "' on " + entity.id() + "; declare it under 'kinds' or use one of " + sorted(kinds)));
            if (entity.kinds().contains("Document") && entity.text() == null) {
                add(entity.file(), entity.line(), "document " + entity.id() + " needs 'text', the path of its text file");
            }
            checkDates(entity.properties(), entity.file(), entity.line(), entity.id());
        }
        for (SeedEntity entity : seed.entities()) {
            entity.citations().forEach(c -> checkCitation(c, entity.id()));
        }
    }

    private void checkRelations() {
        Set<String> seen = new HashSet<>();
        for (SeedRelation relation : seed.relations()) {
            String what = relation.from() + " -" + relation.type() + "-> " + relation.to();
            endpoint(relation.from(), relation, "from");
            endpoint(relation.to(), relation, "to");
            if (relation.type() != null && !relationTypes.contains(relation.type())) {
                add(relation.file(), relation.line(), "unknown relation type '" + relation.type()
                        + "'; declare it under 'relationTypes' or use one of " + sorted(relationTypes));
            }
            if (!seen.add(relation.id())) {
                add(relation.file(), relation.line(), "duplicate relation " + what + "; give each (from, type, to) once");
            }
            if (relation.citations().isEmpty()) {
                add(relation.file(), relation.line(), "relation " + what + " has no citation; add 'citations' with a document quote or a reference");
            }
            relation.citations().forEach(c -> checkCitation(c, what));
            checkDates(relation.properties(), relation.file(), relation.line(), what);
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

    private void endpoint(String id, SeedRelation relation, String side) {
        if (id != null && !entities.containsKey(id)) {
            add(relation.file(), relation.line(), "'" + side + "' refers to unknown id '" + id + "'");
        }
    }

    private void checkCitation(SeedCitation citation, String subject) {
        if (!citation.isDocument()) {
            if (!referenceIds.contains(citation.reference())) {
                add(citation.file(), citation.line(), "citation on " + subject + " names unknown reference '" + citation.reference() + "'");
            }
            return;
        }
        if (citation.document() == null || citation.paragraph() == null || citation.quote() == null) {
            return; // the parser already reported the missing part
        }
        List<String> paragraphs = seed.paragraphs().get(citation.document());
        if (paragraphs == null) {
            String why = entities.containsKey(citation.document()) ? "is not a document with a text" : "is not a known id";
            add(citation.file(), citation.line(), "citation on " + subject + " cites '" + citation.document() + "', which " + why);
        } else if (citation.paragraph() < 1 || citation.paragraph() > paragraphs.size()) {
            add(citation.file(), citation.line(), "citation on " + subject + " cites paragraph " + citation.paragraph()
                    + " of " + citation.document() + ", which has paragraphs 1 to " + paragraphs.size());
        } else if (!DocumentText.contains(paragraphs.get(citation.paragraph() - 1), citation.quote())) {
            add(citation.file(), citation.line(), "quote \"" + abbreviate(citation.quote()) + "\" is not in paragraph "
                    + citation.paragraph() + " of " + citation.document() + whereElse(paragraphs, citation.quote()));
        }
    }

    private static String whereElse(List<String> paragraphs, String quote) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (DocumentText.contains(paragraphs.get(i), quote)) {
                return " (it is in paragraph " + (i + 1) + ")";
            }
        }
        return " (nor anywhere in that document, verbatim)";
    }

    /** Dates are ISO and may be partial: a year, a year-month or a full date. */
    private void checkDates(Map<String, Object> properties, String file, int line, String subject) {
        properties.forEach((key, value) -> {
            if (isDateKey(key) && !isPartialIsoDate(value)) {
                add(file, line, "'" + key + "' of " + subject + " is '" + value + "', not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        });
    }

    static boolean isDateKey(String key) {
        return key.equals("date") || key.equals("since") || key.equals("until") || key.equals("asOf")
                || key.endsWith("Date") || key.endsWith("AsOf");
    }

    static boolean isPartialIsoDate(Object value) {
        return org.migrationgraph.support.IsoDates.isPartialIsoDate(value);
    }

    private void checkId(String id, String file, int line) {
        if (id != null && !ID.matcher(id).matches()) {
            add(file, line, "id '" + id + "' must look like 'prefix:name' (lower-case prefix, no spaces)");
        }
    }

    private static String abbreviate(String quote) {
        String q = DocumentText.normalize(quote);
        return q.length() <= 80 ? q : q.substring(0, 77) + "...";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private void add(String file, int line, String message) {
        problems.add(new SeedProblem(file, line, message));
    }
}
