package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.migrationgraph.seed.YamlTree.Mapping;
import org.migrationgraph.seed.YamlTree.Scalar;
import org.migrationgraph.seed.YamlTree.Sequence;

/**
 * Turns the seed's YAML files into records. Every file may hold any of the sections below, so
 * that a topic (a meeting, say) keeps its entities and relations together.
 */
final class SeedParser {

    static final Set<String> SECTIONS = Set.of("kinds", "relationTypes", "references", "entities", "relations", "sharedNames");
    private static final Set<String> ENTITY_KEYS = Set.of("id", "kind", "name", "aliases", "description", "text", "citations");
    private static final Set<String> RELATION_KEYS = Set.of("from", "type", "to", "citations");

    private final List<SeedProblem> problems = new ArrayList<>();
    private final List<VocabularyTerm> kinds = new ArrayList<>();
    private final List<VocabularyTerm> relationTypes = new ArrayList<>();
    private final List<SeedReference> references = new ArrayList<>();
    private final List<SeedEntity> entities = new ArrayList<>();
    private final List<SeedRelation> relations = new ArrayList<>();
    private final List<SeedSharedName> sharedNames = new ArrayList<>();
    private String file;

    private SeedParser() {
    }

    /** Parses every YAML file; problems of form are added to {@code problems}. */
    static Seed parse(SeedFiles files, List<SeedProblem> problems) {
        SeedParser parser = new SeedParser();
        files.files().forEach((path, content) -> {
            if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                parser.file = path;
                parser.parseFile(YamlTree.parse(path, content, parser.problems));
            }
        });
        Map<String, List<String>> paragraphs = parser.readDocuments(files);
        problems.addAll(parser.problems);
        return new Seed(files.location(), files.hash(), parser.kinds, parser.relationTypes, parser.references,
                parser.entities, parser.relations, parser.sharedNames, paragraphs);
    }

    private void parseFile(YamlTree root) {
        if (root == null) {
            return;
        }
        if (!(root instanceof Mapping mapping)) {
            problem(root.line(), "a seed file is a mapping with the sections " + SECTIONS);
            return;
        }
        mapping.entries().forEach((section, value) -> {
            switch (section) {
                case "kinds" -> terms(value, kinds);
                case "relationTypes" -> terms(value, relationTypes);
                case "references" -> records(value, this::reference);
                case "entities" -> records(value, this::entity);
                case "relations" -> records(value, this::relation);
                case "sharedNames" -> records(value, this::sharedName);
                default -> problem(value.line(), "unknown section '" + section + "'; expected one of " + SECTIONS);
            }
        });
    }

    private void terms(YamlTree value, List<VocabularyTerm> into) {
        if (!(value instanceof Mapping mapping)) {
            problem(value.line(), "a vocabulary section maps each name to its meaning");
            return;
        }
        mapping.entries().forEach((name, meaning) -> {
            // "NAME: meaning", or "NAME: {meaning: ..., structural: true}" for a structural relation type.
            if (meaning instanceof Mapping detailed) {
                into.add(new VocabularyTerm(name, required(detailed, "meaning"), "true".equals(optional(detailed, "structural")),
                        file, meaning.line()));
            } else {
                into.add(new VocabularyTerm(name, text(meaning, name), false, file, meaning.line()));
            }
        });
    }

    private void records(YamlTree value, java.util.function.Consumer<Mapping> each) {
        if (!(value instanceof Sequence sequence)) {
            problem(value.line(), "this section is a list of records ('- ...')");
            return;
        }
        for (YamlTree item : sequence.items()) {
            if (item instanceof Mapping mapping) {
                each.accept(mapping);
            } else {
                problem(item.line(), "a record is a mapping of keys to values");
            }
        }
    }

    private void reference(Mapping m) {
        Map<String, Object> properties = properties(m, Set.of("id", "title"));
        references.add(new SeedReference(required(m, "id"), required(m, "title"), properties, file, m.line()));
    }

    private void entity(Mapping m) {
        List<String> kindList = strings(m.entries().get("kind"), "kind");
        if (kindList.isEmpty()) {
            problem(m.line(), "the record has no 'kind'");
        }
        entities.add(new SeedEntity(required(m, "id"), kindList, required(m, "name"),
                strings(m.entries().get("aliases"), "aliases"), optional(m, "description"), optional(m, "text"),
                properties(m, ENTITY_KEYS), citations(m.entries().get("citations")), file, m.line()));
    }

    private void relation(Mapping m) {
        relations.add(new SeedRelation(required(m, "from"), required(m, "type"), required(m, "to"),
                properties(m, RELATION_KEYS), citations(m.entries().get("citations")), file, m.line()));
    }

    private void sharedName(Mapping m) {
        List<String> ids = strings(m.entries().get("ids"), "ids");
        if (ids.size() < 2) {
            problem(m.line(), "a shared name lists the 'ids' of at least two entities that carry it");
        }
        sharedNames.add(new SeedSharedName(required(m, "name"), ids, required(m, "reason"), file, m.line()));
    }

    private List<SeedCitation> citations(YamlTree value) {
        List<SeedCitation> list = new ArrayList<>();
        if (value == null) {
            return list;
        }
        List<YamlTree> items = value instanceof Sequence s ? s.items() : List.of(value);
        for (YamlTree item : items) {
            if (!(item instanceof Mapping c)) {
                problem(item.line(), "a citation is {document, paragraph, quote} or {reference, detail}");
                continue;
            }
            for (String key : c.entries().keySet()) {
                if (!Set.of("document", "paragraph", "quote", "reference", "detail").contains(key)) {
                    problem(c.line(), "unknown citation key '" + key + "'; use document, paragraph, quote or reference, detail");
                }
            }
            list.add(citation(c));
        }
        return list;
    }

    private SeedCitation citation(Mapping c) {
        String reference = optional(c, "reference");
        if (reference != null) {
            return new SeedCitation(null, null, null, reference, optional(c, "detail"), file, c.line());
        }
        YamlTree paragraph = c.entries().get("paragraph");
        Integer number = null;
        if (paragraph instanceof Scalar s && s.value() instanceof Long n) {
            number = n.intValue();
        } else {
            problem(c.line(), "a document citation needs 'paragraph' as a whole number");
        }
        return new SeedCitation(required(c, "document"), number, required(c, "quote"), null, null, file, c.line());
    }

    private Map<String, Object> properties(Mapping m, Set<String> reserved) {
        Map<String, Object> properties = new LinkedHashMap<>();
        m.entries().forEach((key, value) -> {
            if (reserved.contains(key)) {
                return;
            }
            java.util.Optional<String> refused = FactRules.propertyName(key);
            if (refused.isPresent()) {
                problem(value.line(), refused.get());
            } else {
                Object converted = propertyValue(key, value);
                if (converted != null) {
                    properties.put(key, converted);
                }
            }
        });
        return properties;
    }

    /** Neo4j stores scalars and lists of one scalar type; anything else is refused here. */
    private Object propertyValue(String key, YamlTree value) {
        if (value instanceof Scalar s) {
            // YAML reads a bare year (2018) as a number; a date stays text so that it stays partial.
            return FactRules.isDateKey(key) && s.value() != null ? String.valueOf(s.value()) : s.value();
        }
        if (value instanceof Sequence seq && seq.items().stream().allMatch(i -> i instanceof Scalar)) {
            List<Object> items = seq.items().stream().map(i -> ((Scalar) i).value()).toList();
            if (items.stream().map(i -> i == null ? null : i.getClass()).distinct().count() <= 1 && !items.contains(null)) {
                return items;
            }
        }
        problem(value.line(), "property '" + key + "' must be a value or a list of values of one type");
        return null;
    }

    private List<String> strings(YamlTree value, String key) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Scalar s && s.value() != null) {
            return List.of(s.value().toString());
        }
        if (value instanceof Sequence seq && seq.items().stream().allMatch(i -> i instanceof Scalar)) {
            return seq.items().stream().map(i -> String.valueOf(((Scalar) i).value())).toList();
        }
        problem(value.line(), "'" + key + "' must be a text or a list of texts");
        return List.of();
    }

    private String required(Mapping m, String key) {
        String value = optional(m, key);
        if (value == null || value.isBlank()) {
            problem(m.line(), "the record has no '" + key + "'");
        }
        return value;
    }

    private String optional(Mapping m, String key) {
        YamlTree value = m.entries().get(key);
        return value == null ? null : text(value, key);
    }

    private String text(YamlTree value, String key) {
        if (value instanceof Scalar s) {
            return s.value() == null ? null : s.value().toString();
        }
        problem(value.line(), "'" + key + "' must be a text");
        return null;
    }

    private Map<String, List<String>> readDocuments(SeedFiles files) {
        Map<String, List<String>> paragraphs = new HashMap<>();
        for (SeedEntity entity : entities) {
            if (entity.text() == null || entity.id() == null) {
                continue;
            }
            String content = files.files().get(entity.text());
            if (content == null) {
                problems.add(new SeedProblem(entity.file(), entity.line(), "document " + entity.id()
                        + " names the text file '" + entity.text() + "', which is not in the seed"));
            } else {
                paragraphs.put(entity.id(), DocumentText.paragraphs(content));
            }
        }
        return paragraphs;
    }

    private void problem(int line, String message) {
        problems.add(new SeedProblem(file, line, message));
    }
}
