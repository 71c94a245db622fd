package org.migrationgraph.seed;

import java.util.Arrays;
import java.util.List;

/** How a document's text is cut into numbered paragraphs and how quotes are matched in them. */
public final class DocumentText {

    private DocumentText() {
    }

    /**
     * Paragraphs are blocks separated by blank lines, numbered from 1 in reading order; each
     * list item ("- " at the start of a line) is a paragraph of its own, so that a citation
     * points at one item rather than at a whole list.
     */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\\n\\s*\\n|\\n(?=- )"))
                .map(DocumentText::normalize)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /**
     * Quotes must appear verbatim; only runs of white space (line breaks inside a paragraph)
     * count as one space, so that a quote can be written on one line.
     */
    public static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static boolean contains(String paragraph, String quote) {
        return normalize(paragraph).contains(normalize(quote));
    }
}
