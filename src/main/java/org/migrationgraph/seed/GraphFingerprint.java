package org.migrationgraph.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A hash of the graph's content: every entity, paragraph, reference, vocabulary term and shared
 * name with its labels and properties, and every relationship between them, in a canonical
 * order. Bookkeeping (versions, which seed load or file wrote a record) is left out, so two
 * stores hold the same facts exactly when their fingerprints are equal: a store loaded from an
 * export and the store it was exported from, or a rejected write's before and after.
 */
public final class GraphFingerprint {

    static final List<String> BOOKKEEPING = List.of("seedVersion", "seedFile", "version");

    private static final String NODES = """
            MATCH (n) WHERE n:Entity OR n:Paragraph OR n:Reference OR n:VocabularyTerm OR n:SharedName
            RETURN labels(n) AS labels, properties(n) AS props
            """;
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            WHERE (a:Entity OR a:Paragraph) AND (b:Entity OR b:Paragraph)
            RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
            """;

    private GraphFingerprint() {
    }

    public static String of(Driver driver) {
        List<String> lines = new ArrayList<>();
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(NODES).forEachRemaining(r -> lines.add("N " + sorted(r.get("labels").asList(Value::asString))
                        + " " + canonical(r.get("props").asMap())));
                tx.run(RELATIONSHIPS).forEachRemaining(r -> lines.add("R " + r.get("from").asString() + " " + r.get("type").asString()
                        + " " + r.get("to").asString() + " " + canonical(r.get("props").asMap())));
                return null;
            });
        }
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sorted(List<String> labels) {
        return labels.stream().sorted().toList();
    }

    private static String canonical(Map<String, Object> props) {
        Map<String, Object> sorted = new TreeMap<>(props);
        BOOKKEEPING.forEach(sorted::remove);
        return sorted.toString();
    }
}
