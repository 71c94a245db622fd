package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sources behind an entity, a relation, a path and a neighbourhood, as CSL-JSON and BibTeX, against what the API cites. */
class CitationExportIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> csl(String query) throws Exception {
        HttpResponse<String> response = ExportHttp.get(port, "/export/citations.json?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.citationstyles.csl+json");
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(response.body()))).parseArray();
        items.forEach(item -> CSLItemData.fromJson((Map<String, Object>) item)); // throws on an unknown CSL type or a malformed date
        return items.stream().map(item -> (Map<String, Object>) item).toList();
    }

    @Test
    void anEntitysSourcesAreTheDocumentsAndReferencesItsFactsCiteWithTheirParagraphs() throws Exception {
        List<Map<String, Object>> items = csl("entity=org:iom");

        Map<String, Set<Integer>> expectedParagraphs = new HashMap<>();
        Set<String> expectedReferences = new HashSet<>();
        List<Map<String, Object>> citations = graphQl.document("""
                { entity(id: "org:iom") { citations { document { id } paragraph reference { id } }
                  relations(first: 100) { edges { citations { document { id } paragraph reference { id } } } } } }
                """).execute().path("$..citations[*]").entityList(Object.class).get().stream().map(c -> (Map<String, Object>) c).toList();
        for (Map<String, Object> citation : citations) {
            if (citation.get("document") instanceof Map<?, ?> document) {
                expectedParagraphs.computeIfAbsent((String) document.get("id"), d -> new TreeSet<>()).add((Integer) citation.get("paragraph"));
            } else {
                expectedReferences.add((String) ((Map<?, ?>) citation.get("reference")).get("id"));
            }
        }
        Map<String, Set<Integer>> paragraphs = new HashMap<>();
        Set<String> references = new HashSet<>();
        for (Map<String, Object> item : items) {
            Map<?, ?> custom = (Map<?, ?>) item.get("custom");
            if (custom.containsKey("paragraphs")) {
                paragraphs.put((String) item.get("id"), new TreeSet<>(((List<?>) custom.get("paragraphs")).stream().map(n -> ((Number) n).intValue()).toList()));
            } else {
                references.add((String) item.get("id"));
            }
        }
        assertThat(paragraphs).isEqualTo(expectedParagraphs);
        assertThat(references).isEqualTo(expectedReferences);
    }

    @Test
    void aRelationAPathAndANeighbourhoodHaveTheirSources() throws Exception {
        List<Map<String, Object>> relation = csl("relation=org:iom-SECRETARIAT_OF->org:network".replace(">", "%3E"));
        assertThat(relation).singleElement().satisfies(item -> {
            assertThat(item.get("id")).isEqualTo("ref:a-res-73-195");
            assertThat(item.get("note")).asString().startsWith("para 45(a)");
            assertThat(item.get("URL")).isEqualTo("https://undocs.org/A/RES/73/195");
        });
        assertThat(csl("from=state:PHL&to=org:iom")).isNotEmpty();
        assertThat(csl("around=meeting:2019-12-12-member-state-briefing&depth=1")).extracting(item -> item.get("id"))
                .contains("doc:network-briefing-2019-12-12");
    }

    @Test
    void bibTexHoldsTheSameSourcesAsCslJson() throws Exception {
        HttpResponse<String> bib = ExportHttp.get(port, "/export/citations.bib?entity=org:iom");
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib.body()));

        assertThat(database.getEntries()).hasSize(csl("entity=org:iom").size());
        assertThat(bib.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-bibtex");
    }

    @Test
    void aMissingOrUnknownSubjectIsRefusedWithAFix() {
        assertThat(ExportHttp.get(port, "/export/citations.json").body()).contains("Name one subject");
        HttpResponse<String> unknown = ExportHttp.get(port, "/export/citations.bib?entity=org:ion");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("org:iom");
        assertThat(ExportHttp.get(port, "/export/citations.json?relation=org:iom-CHAIRS-%3Eorg:un").statusCode()).isEqualTo(404);
    }
}
