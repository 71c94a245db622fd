package org.migrationgraph.export;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /id/<id>}, the IRI the JSON-LD export gives an entity, dereferences: 303 See Other to
 * the entity's page in the explorer (the Linked Data convention for a thing that is not a
 * document). Ids are not checked here: the explorer says when one is unknown or merged.
 */
@RestController
class EntityIriController {

    @GetMapping("/id/{id}")
    ResponseEntity<Void> entity(@PathVariable String id) {
        URI page = UriComponentsBuilder.fromPath("/").queryParam("id", id).encode().build().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }
}
