package org.migrationgraph.contract;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL requests as an Apollo client sends persisted queries: by hash or name, with or without the text, over POST or GET. */
final class PersistedRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    PersistedRequests(int port) {
        this.port = port;
    }

    static Map<String, Object> byHash(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    static Map<String, Object> byName(String name) {
        return Map.of("persistedQuery", Map.of("version", 1, "id", name));
    }

    DocumentContext post(String query, Map<String, Object> extensions, String key) {
        return post(query, extensions, null, key);
    }

    DocumentContext post(String query, Map<String, Object> extensions, Map<String, Object> variables, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (variables != null) {
            body.put("variables", variables);
        }
        if (query != null) {
            body.put("query", query);
        }
        if (extensions != null) {
            body.put("extensions", extensions);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request);
    }

    DocumentContext get(Map<String, Object> extensions) {
        String address = "http://127.0.0.1:" + port + "/graphql?extensions="
                + URLEncoder.encode(JSON.writeValueAsString(extensions), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    HttpResponse<String> getRaw(Map<String, Object> extensions) {
        String address = "http://127.0.0.1:" + port + "/graphql?extensions="
                + URLEncoder.encode(JSON.writeValueAsString(extensions), StandardCharsets.UTF_8);
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentContext send(HttpRequest.Builder request) {
        try {
            return JsonPath.parse(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
