package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.migrationgraph.support.IsoDates;

/**
 * The rules every entity and relation obeys, whoever writes it: the seed loader checks each
 * record of graph-seed/ with them and curated writes check each change with them, so that the
 * two can never disagree about what the graph may hold. Each rule says what is wrong, where
 * and how to fix it; callers add their own location (a file and line, or an input path).
 */
public final class FactRules {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*:\\S+");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Properties the writers set themselves; a record may not set them. */
    public static final Set<String> SYSTEM_PROPERTIES = Set.of("kind", "aliasText", "citedParagraphs", "citedQuotes", "citedReferences", "citedReferenceDetails", "seedVersion",
            "nameKeys", "quoteText", "version", "seedFile", "validity", "fromKey", "toKey", "sortName", "sortDate", "lastDate");

    private FactRules() {
    }

    public static Optional<Violation> id(String id) {
        if (id != null && !ID.matcher(id).matches()) {
            return Optional.of(Violation.of(ViolationCode.INVALID_ID,
                    "id '" + id + "' must look like 'prefix:name' (lower-case prefix, no spaces)", "id"));
        }
        return Optional.empty();
    }

    /** Everything about one entity except uniqueness, which the caller knows best. */
    public static List<Violation> entity(SeedEntity entity, KnownGraph graph) {
        List<Violation> found = new ArrayList<>();
        id(entity.id()).ifPresent(found::add);
        entity.kinds().stream().filter(k -> !graph.kinds().contains(k)).forEach(k -> found.add(Violation.of(
                ViolationCode.UNKNOWN_KIND, "unknown kind '" + k + "' on " + entity.id()
                        + "; declare it under 'kinds' or use one of " + sorted(graph.kinds()), "kinds")));
        found.addAll(dates(entity.properties(), entity.id()));
        for (int i = 0; i < entity.citations().size(); i++) {
            String index = String.valueOf(i);
            citation(entity.citations().get(i), entity.id(), graph).ifPresent(v -> found.add(v.under("citations", index)));
        }
        return found;
    }

    /** Everything about one relation except that (from, type, to) is new. */
    public static List<Violation> relation(SeedRelation relation, KnownGraph graph) {
        List<Violation> found = new ArrayList<>();
        String what = relation.from() + " -" + relation.type() + "-> " + relation.to();
        endpoint(relation.from(), "from", graph).ifPresent(found::add);
        endpoint(relation.to(), "to", graph).ifPresent(found::add);
        if (relation.type() != null && !graph.relationTypes().contains(relation.type())) {
            found.add(Violation.of(ViolationCode.UNKNOWN_RELATION_TYPE, "unknown relation type '" + relation.type()
                    + "'; declare it under 'relationTypes' or use one of " + sorted(graph.relationTypes()), "type"));
        }
        if (relation.citations().isEmpty()) {
            found.add(Violation.of(ViolationCode.CITATION_REQUIRED, "relation " + what
                    + " has no citation; add 'citations' with a document quote or a reference", "citations"));
        }
        for (int i = 0; i < relation.citations().size(); i++) {
            String index = String.valueOf(i);
            citation(relation.citations().get(i), what, graph).ifPresent(v -> found.add(v.under("citations", index)));
        }
        found.addAll(dates(relation.properties(), what));
        return found;
    }

    private static Optional<Violation> endpoint(String id, String side, KnownGraph graph) {
        if (id != null && !graph.hasEntity(id)) {
            return Optional.of(Violation.of(ViolationCode.UNKNOWN_ENTITY, "'" + side + "' refers to unknown id '" + id + "'", side));
        }
        return Optional.empty();
    }

    /** A document citation's quote must be in the cited paragraph, verbatim; a reference must exist. */
    public static Optional<Violation> citation(SeedCitation citation, String subject, KnownGraph graph) {
        if (!citation.isDocument()) {
            if (!graph.hasReference(citation.reference())) {
                return Optional.of(Violation.of(ViolationCode.UNKNOWN_REFERENCE, "citation on " + subject
                        + " names unknown reference '" + citation.reference() + "'", "reference"));
            }
            return Optional.empty();
        }
        if (citation.document() == null || citation.paragraph() == null || citation.quote() == null) {
            return Optional.of(Violation.of(ViolationCode.INVALID_CITATION, "a citation is {document, paragraph, quote} "
                    + "or {reference, detail}; this one on " + subject + " lacks "
                    + (citation.document() == null ? "'document'" : citation.paragraph() == null ? "'paragraph'" : "'quote'")));
        }
        Optional<List<String>> text = graph.paragraphs(citation.document());
        if (text.isEmpty()) {
            String why = graph.hasEntity(citation.document()) ? "is not a document with a text" : "is not a known id";
            return Optional.of(Violation.of(ViolationCode.UNKNOWN_DOCUMENT, "citation on " + subject + " cites '"
                    + citation.document() + "', which " + why, "document"));
        }
        List<String> paragraphs = text.get();
        if (citation.paragraph() < 1 || citation.paragraph() > paragraphs.size()) {
            return Optional.of(Violation.of(ViolationCode.PARAGRAPH_OUT_OF_RANGE, "citation on " + subject + " cites paragraph "
                    + citation.paragraph() + " of " + citation.document() + ", which has paragraphs 1 to " + paragraphs.size(), "paragraph"));
        }
        if (!DocumentText.contains(paragraphs.get(citation.paragraph() - 1), citation.quote())) {
            return Optional.of(Violation.of(ViolationCode.QUOTE_NOT_FOUND, "quote \"" + abbreviate(citation.quote())
                    + "\" is not in paragraph " + citation.paragraph() + " of " + citation.document()
                    + whereElse(paragraphs, citation.quote()), "quote"));
        }
        return Optional.empty();
    }

    /** Dates are ISO and may be partial: a year, a year-month or a full date. */
    public static List<Violation> dates(Map<String, Object> properties, String subject) {
        List<Violation> found = new ArrayList<>();
        properties.forEach((key, value) -> {
            if (isDateKey(key) && !IsoDates.isPartialIsoDate(value)) {
                found.add(Violation.of(ViolationCode.INVALID_DATE, "'" + key + "' of " + subject + " is '" + value
                        + "', not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", "properties", key));
            }
        });
        return found;
    }

    /** Why a property name cannot be used, if it cannot. */
    public static Optional<String> propertyName(String key) {
        if (SYSTEM_PROPERTIES.contains(key)) {
            return Optional.of("'" + key + "' is set by the graph's writers and cannot be given as a property");
        }
        if (!PROPERTY_NAME.matcher(key).matches()) {
            return Optional.of("property name '" + key + "' must be camelCase letters and digits");
        }
        return Optional.empty();
    }

    public static boolean isDateKey(String key) {
        return key.equals("date") || key.equals("since") || key.equals("until") || key.equals("asOf")
                || key.endsWith("Date") || key.endsWith("AsOf");
    }

    private static String whereElse(List<String> paragraphs, String quote) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (DocumentText.contains(paragraphs.get(i), quote)) {
                return " (it is in paragraph " + (i + 1) + ")";
            }
        }
        return " (nor anywhere in that document, verbatim)";
    }

    private static String abbreviate(String quote) {
        String q = DocumentText.normalize(quote);
        return q.length() <= 80 ? q : q.substring(0, 77) + "...";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
