package org.migrationgraph.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.context.ConfigurableApplicationContext;

/** A plain HTTP POST to /graphql of a running application, as any client would send it. */
public final class GraphQlOverHttp {

    private GraphQlOverHttp() {
    }

    public static String post(ConfigurableApplicationContext app, String query) throws IOException, InterruptedException {
        return post(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), query, java.util.Map.of());
    }

    /** POSTs {"query": ...} with extra headers; returns the body. */
    public static String post(int port, String query, java.util.Map<String, String> headers) throws IOException, InterruptedException {
        return exchange(port, query, headers).body();
    }

    /** POSTs {"query": ...} with extra headers; returns the whole answer: status, headers and body. */
    public static HttpResponse<String> exchange(int port, String query, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = "{\"query\":" + "\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
