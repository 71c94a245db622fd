package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads stored nodes and relationships back into the seed's records: the inverse of
 * {@link SeedRows}, for curated writes (which change a record and write it again) and for the
 * export to graph-seed/.
 */
public final class StoredRecords {

    /** Where a record goes on export when no seed file wrote it. */
    public static final String CURATED_FILE = "curated.yaml";

    /**
     * The seedVersion of what curated writes store: no seed's hash, so that a seed load (allowed
     * once the curated revisions were exported) replaces them with what the files say.
     */
    public static final String CURATED_VERSION = "curated";

    /** Stored properties that are fields of their own rather than kind-specific properties. */
    private static final Set<String> FIELDS = Set.of("id", "name", "aliases", "description");

    private StoredRecords() {
    }

    /** An entity from its stored properties and labels; {@code kind} is its primary kind. */
    public static SeedEntity entity(Map<String, Object> props, List<String> labels, String text) {
        String kind = (String) props.get("kind");
        List<String> kinds = new ArrayList<>();
        kinds.add(kind);
        labels.stream().filter(l -> !l.equals("Entity") && !l.equals(kind)).sorted().forEach(kinds::add);
        return new SeedEntity((String) props.get("id"), kinds, (String) props.get("name"), strings(props.get("aliases")),
                (String) props.get("description"), text, userProperties(props), citations(props), file(props), 0);
    }

    public static SeedRelation relation(Map<String, Object> props, String type, String from, String to) {
        return new SeedRelation(from, type, to, userProperties(props), citations(props), file(props), 0);
    }

    static SeedReference reference(Map<String, Object> props) {
        Map<String, Object> properties = userProperties(props);
        properties.remove("title");
        return new SeedReference((String) props.get("id"), (String) props.get("title"), properties, file(props), 0);
    }

    public static long version(Map<String, Object> props) {
        return props.get("version") instanceof Number n ? n.longValue() : 1L;
    }

    /** The kind-specific properties: everything but the common fields and what the writers set. */
    static Map<String, Object> userProperties(Map<String, Object> stored) {
        Map<String, Object> props = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (!FIELDS.contains(key) && !FactRules.SYSTEM_PROPERTIES.contains(key)) {
                props.put(key, value);
            }
        });
        return props;
    }

    /** Citations from the aligned lists the writers store them in (document citations first, as written). */
    public static List<SeedCitation> citations(Map<String, Object> stored) {
        List<SeedCitation> citations = new ArrayList<>();
        List<String> paragraphs = strings(stored.get("citedParagraphs"));
        List<String> quotes = strings(stored.get("citedQuotes"));
        for (int i = 0; i < paragraphs.size(); i++) {
            String id = paragraphs.get(i);
            int hash = id.lastIndexOf('#');
            citations.add(new SeedCitation(id.substring(0, hash), Integer.parseInt(id.substring(hash + 1)), quotes.get(i),
                    null, null, file(stored), 0));
        }
        List<String> references = strings(stored.get("citedReferences"));
        List<String> details = strings(stored.get("citedReferenceDetails"));
        for (int i = 0; i < references.size(); i++) {
            String detail = i < details.size() && !details.get(i).isEmpty() ? details.get(i) : null;
            citations.add(new SeedCitation(null, null, null, references.get(i), detail, file(stored), 0));
        }
        return citations;
    }

    private static String file(Map<String, Object> props) {
        return props.get("seedFile") instanceof String file ? file : CURATED_FILE;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
