package org.migrationgraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sources as reference managers read them: CSL-JSON (Zotero, Mendeley, Pandoc, citeproc) and
 * BibTeX. The paragraphs relied on go in {@code note} ("paragraphs 7, 12") and, for CSL, in
 * {@code custom.paragraphs}; a CSL item has no locator of its own (locators belong to a
 * citation), so a citation of one paragraph takes it from there.
 */
final class CitationFormats {

    private CitationFormats() {
    }

    static List<Map<String, Object>> cslJson(List<CitedSource> sources) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CitedSource source : sources) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", source.id());
            item.put("type", cslType(source));
            item.put("title", source.title());
            if (!source.authors().isEmpty()) {
                item.put("author", source.authors().stream().map(name -> Map.of("literal", name)).toList());
            }
            if (source.date() != null && dateParts(source.date()) != null) {
                item.put("issued", Map.of("date-parts", List.of(dateParts(source.date()))));
            }
            if (source.publisher() != null) {
                item.put("publisher", source.publisher());
            }
            if (source.genre() != null) {
                item.put("genre", source.genre());
            }
            if (source.url() != null) {
                item.put("URL", source.url());
            }
            if (!source.locators().isEmpty()) {
                item.put("note", note(source));
            }
            Map<String, Object> custom = new LinkedHashMap<>();
            custom.put(source.document() ? "paragraphs" : "locators", source.document()
                    ? source.locators().stream().map(Integer::valueOf).toList() : source.locators());
            custom.put("facts", source.facts());
            item.put("custom", custom);
            items.add(item);
        }
        return items;
    }

    static String bibTex(List<CitedSource> sources) {
        StringBuilder out = new StringBuilder();
        for (CitedSource source : sources) {
            out.append('@').append("misc").append('{').append(key(source.id())).append(",\n");
            field(out, "title", "{" + escape(source.title()) + "}");
            if (!source.authors().isEmpty()) {
                field(out, "author", source.authors().stream().map(a -> "{" + escape(a) + "}").collect(Collectors.joining(" and ")));
            }
            List<Integer> date = source.date() == null ? null : dateParts(source.date());
            if (date != null) {
                field(out, "year", String.valueOf(date.get(0)));
                if (date.size() > 1) {
                    field(out, "month", String.valueOf(date.get(1)));
                }
            }
            if (source.publisher() != null) {
                field(out, "publisher", escape(source.publisher()));
            }
            if (source.genre() != null) {
                field(out, "type", escape(source.genre()));
            }
            if (source.url() != null) {
                field(out, "url", source.url().replace("}", "%7D").replace("{", "%7B"));
            }
            if (!source.locators().isEmpty()) {
                field(out, "note", escape(note(source)));
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** A BibTeX key from an id: letters, digits, '-' and '_' only ({@code doc:x-y} becomes {@code doc_x-y}). */
    static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** LaTeX's special characters, escaped so a title reads the same after BibTeX. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String note(CitedSource source) {
        return source.document() ? (source.locators().size() == 1 ? "paragraph " : "paragraphs ") + String.join(", ", source.locators())
                : String.join("; ", source.locators());
    }

    /** CSL's types: a speech for remarks, a report for a meeting summary, a document otherwise. */
    private static String cslType(CitedSource source) {
        if (!source.document() || source.genre() == null) {
            return "document";
        }
        return switch (source.genre()) {
            case "remarks", "speech", "statement" -> "speech";
            case "meeting summary", "report" -> "report";
            default -> "document";
        };
    }

    /** "2019-12-12" as [2019, 12, 12], "2019-05" as [2019, 5], "2018" as [2018]; null when not such a date. */
    static List<Integer> dateParts(String date) {
        if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        return java.util.Arrays.stream(date.split("-")).map(Integer::valueOf).toList();
    }
}
