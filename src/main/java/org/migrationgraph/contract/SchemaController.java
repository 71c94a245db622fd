package org.migrationgraph.contract;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /graphql/schema.graphqls}: the schema this service runs, as SDL with every
 * description, for code generators (graphql-codegen, Apollo's, Spring's DGS codegen) and
 * schema-diff tools. The same text as docs/schema.graphqls of the release.
 */
@RestController
class SchemaController {

    private final String sdl;

    SchemaController(GraphQlSource source) {
        this.sdl = SchemaSdl.print(source.schema());
    }

    @GetMapping(value = "/graphql/schema.graphqls", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> schema() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).eTag("\"" + Integer.toHexString(sdl.hashCode()) + "\"").body(sdl);
    }
}
