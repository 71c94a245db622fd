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
        String port = app.getEnvironment().getProperty("local.server.port");
        String body = "{\"query\":" + "\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
