import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * Executed search latency over HTTP (Cache-Control: no-cache), one query at a time on one
 * connection: p50 and p90 per query, after a warm-up. Run by bench/search.sh; bounded in count.
 * Usage: java bench/SearchLatency.java <port> [iterations]
 */
public class SearchLatency {

    static final List<String> QUERIES = List.of("Phil", "Phillipines", "human trafficking in the Sahel",
            "urge donors to sustain their engagement", "IOM", "migration");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 2; round++) {
            boolean warmUp = round == 0;
            for (String query : QUERIES) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json").header("Cache-Control", "no-cache")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ search(query: \\\"" + query
                                + "\\\", first: 10) { edges { score node { id name } } } }\"}")).build();
                long[] micros = new long[warmUp ? iterations / 2 : iterations];
                for (int i = 0; i < micros.length; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    micros[i] = (System.nanoTime() - start) / 1000;
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        throw new IllegalStateException(query + ": " + response.body());
                    }
                }
                if (!warmUp) {
                    Arrays.sort(micros);
                    System.out.printf("%-42s p50 %6.2f ms  p90 %6.2f ms%n", "\"" + query + "\"",
                            micros[micros.length / 2] / 1000.0, micros[micros.length * 9 / 10] / 1000.0);
                }
            }
        }
    }
}
