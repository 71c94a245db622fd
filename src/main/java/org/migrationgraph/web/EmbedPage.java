package org.migrationgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /embed: the explorer for dashboards, the same page and the same address state as / with the
 * header left out ({@code body.embed}), so a dashboard frames one view. Which origins may frame
 * it is {@link EmbedProperties}; {@link SecurityHeaders} sends the policy.
 */
@RestController
@EnableConfigurationProperties(EmbedProperties.class)
class EmbedPage {

    static final String PATH = "/embed";

    private final String html;

    EmbedPage() {
        try (InputStream in = new ClassPathResource("static/index.html").getInputStream()) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!page.contains("<body>")) {
                throw new IllegalStateException("static/index.html has no plain <body> tag for /embed to mark");
            }
            html = page.replace("<body>", "<body class=\"embed\">");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(html);
    }
}
