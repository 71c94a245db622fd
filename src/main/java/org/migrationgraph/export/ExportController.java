package org.migrationgraph.export;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.support.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /export/{file}?kind=|type=|around=&depth=}: an export streamed as it is read, with an
 * ETag (the graph's revision and what was asked) and Last-Modified, so a conditional GET of an
 * unchanged graph is answered 304 without reading it. Exports are heavy, so only a few run at
 * once; the others are told to come back ({@code 429}, {@code Retry-After}).
 */
@RestController
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);
    /** With asOf or during: how many entities and relations without a date the export holds. */
    static final String UNDATED_HEADER = "Undated-Facts-Included";

    private final Exporter exporter;
    private final JsonMapper json;
    private final Semaphore running;

    ExportController(Exporter exporter, JsonMapper json, @Value("${migration-graph.export.concurrent:2}") int concurrent) {
        this.exporter = exporter;
        this.json = json;
        this.running = new Semaphore(concurrent);
    }

    /** What can be exported, and how to ask for part of the graph. */
    @GetMapping("/export")
    Map<String, Object> index() {
        String base = baseUrl() + "/export/";
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("files", List.of(ExportFormat.values()).stream()
                .collect(Collectors.toMap(ExportFormat::fileName, f -> base + f.fileName(), (a, b) -> a, LinkedHashMap::new)));
        index.put("parameters", Map.of("kind", "only entities of this kind, and the relations among them",
                "type", "only relations of this type, and their ends",
                "around", "only the entities within 'depth' (1 or 2) hops of this id, and the relations among them"));
        index.put("context", base + "context.jsonld");
        index.put("citations", Map.of("csl-json", base + "citations.json?entity=ID", "bibtex", base + "citations.bib?entity=ID",
                "subjects", "entity=ID, relation=ID, from=ID&to=ID (the shortest path) or around=ID&depth=1|2"));
        index.put("revision", exporter.revision());
        return index;
    }

    @GetMapping(value = "/export/context.jsonld", produces = "application/ld+json")
    Map<String, Object> context() {
        return exporter.jsonLdContext(baseUrl());
    }

    @GetMapping("/export/{file}")
    void export(@PathVariable String file, @RequestParam(required = false) String kind, @RequestParam(required = false) String type,
                @RequestParam(required = false) String around, @RequestParam(required = false) String depth,
                @RequestParam(required = false) String asOf, @RequestParam(required = false) String duringFrom,
                @RequestParam(required = false) String duringTo, @RequestParam(required = false) String undatedFacts,
                @RequestParam(required = false) String asRecordedOn, ServletWebRequest request, HttpServletResponse response) throws IOException {
        Exporter.Prepared prepared;
        try {
            ExportFormat format = ExportFormat.byFileName(file).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
                    "No export is called '" + file + "'; the files are " + ExportFormat.fileNames() + " (GET /export lists them)."));
            prepared = exporter.prepare(format, new ExportScope(kind, type, around, depth(depth),
                    ValidTime.ofText(asOf, duringFrom, duringTo, undatedFacts), asRecordedOn));
        } catch (ApiException e) {
            refuse(response, e.code() == ErrorCode.NOT_FOUND ? 404 : 400, e.getMessage(), e.code());
            return;
        }
        String etag = ExportTags.etag(prepared);
        long lastModified = prepared.state().lastModified() == null ? -1 : prepared.state().lastModified().toEpochMilli();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (prepared.undatedFactsIncluded() != null) {
            response.setHeader(UNDATED_HEADER, String.valueOf(prepared.undatedFactsIncluded()));
        }
        if (request.checkNotModified(etag, lastModified)) {
            return;
        }
        if (!running.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            refuse(response, 429, "Other exports are being written; try again in a few seconds.", ErrorCode.RATE_LIMITED);
            return;
        }
        try {
            response.setContentType(prepared.format().mediaType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(ExportTags.fileName(prepared)).build().toString());
            exporter.write(prepared, baseUrl(), response.getOutputStream());
        } catch (IOException e) {
            // Usually the client went away; the status line has already been sent.
            log.info("Export {} stopped: {}", file, e.getMessage());
        } finally {
            running.release();
        }
    }

    private static int depth(String depth) {
        if (depth == null || depth.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(depth.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badInput("'depth' must be 1 or 2, not '" + depth + "'.");
        }
    }

    private void refuse(HttpServletResponse response, int status, String message, ErrorCode code) throws IOException {
        ErrorBodies.write(json, response, status, message, Map.of("code", code.name()));
    }

    /** This service's address as the request reached it: where JSON-LD ids, contexts and explorer links point. */
    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
