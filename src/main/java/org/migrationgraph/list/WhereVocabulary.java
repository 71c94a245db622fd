package org.migrationgraph.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrationgraph.vocabulary.Vocabulary;

/**
 * Checks the names and ids inside an EntityWhere before it is compiled: a kind, relation type,
 * property key or entity id the graph does not know is refused with the nearest valid ones,
 * instead of matching nothing. Walks AND, OR and NOT at any depth; the argument path in the
 * message says where the value sits (e.g. {@code where.OR[1].related.type}).
 */
final class WhereVocabulary {

    private WhereVocabulary() {
    }

    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> where, String path, Vocabulary vocabulary) {
        if (where == null) {
            return;
        }
        where.forEach((field, value) -> {
            if (value == null) {
                return;
            }
            String at = path + "." + field;
            switch (field) {
                case "AND", "OR" -> {
                    List<Map<String, Object>> list = (List<Map<String, Object>>) value;
                    for (int i = 0; i < list.size(); i++) {
                        check(list.get(i), at + "[" + i + "]", vocabulary);
                    }
                }
                case "NOT" -> check((Map<String, Object>) value, at, vocabulary);
                case "kind" -> vocabulary.requireKinds(at, textValues((Map<String, Object>) value));
                case "property" -> vocabulary.requirePropertyKey(at + ".key", (String) ((Map<String, Object>) value).get("key"));
                case "inRegion" -> vocabulary.requireEntityIds(at, List.of((String) value));
                case "related" -> related((Map<String, Object>) value, at, vocabulary);
                default -> { }
            }
        });
    }

    private static void related(Map<String, Object> related, String at, Vocabulary vocabulary) {
        if (related.get("type") != null) {
            vocabulary.requireRelationTypes(at + ".type", List.of((String) related.get("type")));
        }
        if (related.get("kind") != null) {
            vocabulary.requireKinds(at + ".kind", List.of((String) related.get("kind")));
        }
        if (related.get("id") != null) {
            vocabulary.requireEntityIds(at + ".id", List.of((String) related.get("id")));
        }
    }

    /** The exact values a kind filter names (eq, in); contains and startsWith are patterns, not names. */
    @SuppressWarnings("unchecked")
    private static List<String> textValues(Map<String, Object> filter) {
        List<String> values = new ArrayList<>();
        if (filter.get("eq") != null) {
            values.add((String) filter.get("eq"));
        }
        if (filter.get("in") != null) {
            values.addAll((List<String>) filter.get("in"));
        }
        return values;
    }
}
