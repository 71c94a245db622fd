package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/** CSL-JSON read by citeproc-java's own data model, BibTeX by jbibtex, special characters and partial dates included. */
class CitationFormatsTest {

    private static final CitedSource REMARKS = new CitedSource("doc:dsg-remarks-2020-12-16", true,
            "Remarks at the Second Annual Meeting", "2020-12-16", List.of("The Deputy Secretary-General"), null,
            "http://localhost:8080/?view=document&id=doc:dsg-remarks-2020-12-16", "remarks", List.of("7", "21"), 3);
    private static final CitedSource TRICKY = new CitedSource("ref:odd_{ref}", false, "Costs & benefits: 100% of {braces}_#1 ~ ^",
            "2019-05", List.of(), "UN DESA", "https://example.org/a?b=1&c={2}", null, List.of("para 45(a)"), 1);

    @Test
    void cslItemsReadBackWithTheirTypesDatesAndParagraphs() {
        List<Map<String, Object>> items = CitationFormats.cslJson(List.of(REMARKS, TRICKY));

        CSLItemData remarks = CSLItemData.fromJson(items.get(0));
        assertThat(remarks.getType()).isEqualTo(CSLType.SPEECH);
        assertThat(remarks.getIssued().getDateParts()).isEqualTo(new int[][] {{2020, 12, 16}});
        assertThat(remarks.getAuthor()[0].getLiteral()).isEqualTo("The Deputy Secretary-General");
        assertThat(remarks.getNote()).isEqualTo("paragraphs 7, 21");
        assertThat(items.get(0).get("custom")).isEqualTo(Map.of("paragraphs", List.of(7, 21), "facts", 3));
        CSLItemData tricky = CSLItemData.fromJson(items.get(1));
        assertThat(tricky.getType()).isEqualTo(CSLType.DOCUMENT);
        assertThat(tricky.getIssued().getDateParts()).isEqualTo(new int[][] {{2019, 5}});
        assertThat(tricky.getPublisher()).isEqualTo("UN DESA");
        assertThat(tricky.getURL()).isEqualTo("https://example.org/a?b=1&c={2}");
    }

    @Test
    void bibTexParsesAndItsLatexReadsBackAsTheOriginalText() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(CitationFormats.bibTex(List.of(REMARKS, TRICKY))));

        assertThat(database.getEntries()).hasSize(2);
        BibTeXEntry remarks = database.resolveEntry(new Key("doc_dsg-remarks-2020-12-16"));
        assertThat(plain(remarks.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo(REMARKS.title());
        assertThat(remarks.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2020");
        assertThat(remarks.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("12");
        assertThat(plain(remarks.getField(BibTeXEntry.KEY_AUTHOR).toUserString())).isEqualTo("The Deputy Secretary-General");
        assertThat(remarks.getField(BibTeXEntry.KEY_NOTE).toUserString()).isEqualTo("paragraphs 7, 21");
        BibTeXEntry tricky = database.resolveEntry(new Key("ref_odd__ref_"));
        assertThat(plain(tricky.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo(TRICKY.title());
        assertThat(tricky.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2019");
    }

    private static String plain(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(latex)));
    }

    @Test
    void partialDatesKeepTheirPrecisionAndOthersAreLeftOut() {
        assertThat(CitationFormats.dateParts("2018")).containsExactly(2018);
        assertThat(CitationFormats.dateParts("2019-05")).containsExactly(2019, 5);
        assertThat(CitationFormats.dateParts("December 2019")).isNull();
    }
}
