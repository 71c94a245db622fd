package org.migrationgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One source of a fact: a document's paragraph with its verbatim quote, or a public reference
 * with where in it ({@code detail}, e.g. "para 16"). Exactly one of {@code paragraph} and
 * {@code reference} is set.
 */
record ExportCitation(String document, String paragraph, Integer paragraphNumber, String quote,
                      String reference, String detail) {

    /** The citations of a stored node or relationship, from its four aligned lists (docs/data-model.md). */
    static List<ExportCitation> of(Map<String, Object> stored) {
        List<ExportCitation> citations = new ArrayList<>();
        List<?> paragraphs = list(stored, "citedParagraphs");
        List<?> quotes = list(stored, "citedQuotes");
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = String.valueOf(paragraphs.get(i));
            int hash = paragraph.lastIndexOf('#');
            Integer number = hash < 0 ? null : parseNumber(paragraph.substring(hash + 1));
            citations.add(new ExportCitation(hash < 0 ? paragraph : paragraph.substring(0, hash), paragraph, number,
                    i < quotes.size() ? String.valueOf(quotes.get(i)) : null, null, null));
        }
        List<?> references = list(stored, "citedReferences");
        List<?> details = list(stored, "citedReferenceDetails");
        for (int i = 0; i < references.size(); i++) {
            String detail = i < details.size() ? String.valueOf(details.get(i)) : "";
            citations.add(new ExportCitation(null, null, null, null, String.valueOf(references.get(i)), detail.isEmpty() ? null : detail));
        }
        return citations;
    }

    private static List<?> list(Map<String, Object> stored, String key) {
        return stored.get(key) instanceof List<?> list ? list : List.of();
    }

    private static Integer parseNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
