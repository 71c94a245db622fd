package org.migrationgraph.reads;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the named slots of a Cypher template, {@code {{nodeProperties}}} say, with fixed pieces
 * of Cypher chosen by the code (a projection, a compiled filter, a literal depth), never with
 * request values, which are always parameters. Named rather than positional so a statement reads
 * as what it does, and a {@code %} in Cypher cannot break it. A slot left unfilled, or a piece
 * offered for no slot, is a programming error and fails at once.
 */
public final class CypherTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private CypherTemplate() {
    }

    /**
     * A label, relation type or property name as one quoted Cypher identifier, a backtick in it
     * doubled: for names from the declared vocabulary that a statement must name literally
     * (Neo4j 5.26 plans a dynamic label or type as a filter over every node or relationship).
     */
    public static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    public static String fill(String template, Map<String, String> pieces) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        int used = 0;
        while (slot.find()) {
            String piece = pieces.get(slot.group(1));
            if (piece == null) {
                throw new IllegalArgumentException("No Cypher given for the slot {{" + slot.group(1) + "}}");
            }
            slot.appendReplacement(filled, Matcher.quoteReplacement(piece));
            used++;
        }
        slot.appendTail(filled);
        long distinct = SLOT.matcher(template).results().map(m -> m.group(1)).distinct().count();
        if (distinct != pieces.size()) {
            throw new IllegalArgumentException("Cypher given for slots the template lacks: " + pieces.keySet());
        }
        return used == 0 ? template : filled.toString();
    }
}
