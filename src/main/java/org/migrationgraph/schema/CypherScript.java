package org.migrationgraph.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements at the semicolons that end them: not one inside a
 * string ('...' or "..."), an escaped name (`...`) or a comment (// to the end of the line, or
 * a block comment). Comments are dropped. A hand-written scanner because neither the driver
 * nor Spring offers one for Cypher, and a regex cannot tell a semicolon in a string from one
 * that ends a statement.
 */
final class CypherScript {

    private CypherScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfQuoted(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (script.startsWith("//", i)) {
                i = indexOrEnd(script, "\n", i);
            } else if (script.startsWith("/*", i)) {
                i = Math.min(script.length(), indexOrEnd(script, "*/", i + 2) + 2);
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return List.copyOf(statements);
    }

    /** The index just after the quote that closes the one at {@code start}; a backslash escapes in strings. */
    private static int endOfQuoted(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("The script ends inside " + quote + "...: a quote is not closed.");
    }

    private static int indexOrEnd(String script, String token, int from) {
        int found = script.indexOf(token, from);
        return found < 0 ? script.length() : found;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
