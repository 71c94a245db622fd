package org.migrationgraph.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.support.ErrorCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /export/citations.json} (CSL-JSON) and {@code /export/citations.bib} (BibTeX): the
 * sources an entity, a relation, a path or a neighbourhood rests on, for a reference manager.
 */
@RestController
class CitationExportController {

    private final CitationSources sources;
    private final JsonMapper json;

    CitationExportController(CitationSources sources, JsonMapper json) {
        this.sources = sources;
        this.json = json;
    }

    @GetMapping("/export/citations.{format:json|bib}")
    void citations(@PathVariable String format, @RequestParam(required = false) String entity,
                   @RequestParam(required = false) String relation, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String around,
                   @RequestParam(required = false, defaultValue = "1") String depth, HttpServletResponse response) throws IOException {
        List<CitedSource> found;
        try {
            int hops;
            try {
                hops = Integer.parseInt(depth.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badInput("'depth' must be 1 or 2, not '" + depth + "'.");
            }
            found = sources.of(blank(entity), blank(relation), blank(from), blank(to), blank(around), hops,
                    ExportController.baseUrl());
        } catch (ApiException e) {
            ErrorBodies.write(json, response, e.code() == ErrorCode.NOT_FOUND ? 404 : 400, e.getMessage(),
                    Map.of("code", e.code().name()));
            return;
        }
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("citations." + format).build().toString());
        if (format.equals("json")) {
            response.setContentType("application/vnd.citationstyles.csl+json");
            json.writeValue(response.getOutputStream(), CitationFormats.cslJson(found));
        } else {
            response.setContentType("application/x-bibtex;charset=UTF-8");
            response.getOutputStream().write(CitationFormats.bibTex(found).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
