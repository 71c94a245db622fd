package org.migrationgraph.reconcile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.ratelimit.CostBudgets;
import org.migrationgraph.security.Caller;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /reconcile}: without {@code queries}, the service manifest; with {@code queries} (a JSON
 * object of named queries, as a form field of a POST, the way OpenRefine sends it, or a GET
 * parameter), one result list per query. JSONP ({@code callback}) for browsers that still use it.
 */
@RestController
class ReconcileController {

    static final int MAX_QUERIES = 50;
    static final int MAX_LIMIT = 25;
    static final int DEFAULT_LIMIT = 5;
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,99}");

    private final Reconciler reconciler;
    private final Vocabulary vocabulary;
    private final ReconcileManifest manifest;
    private final JsonMapper json;
    private final CostBudgets budgets;

    ReconcileController(Reconciler reconciler, Vocabulary vocabulary, ReconcileManifest manifest, JsonMapper json, CostBudgets budgets) {
        this.reconciler = reconciler;
        this.budgets = budgets;
        this.vocabulary = vocabulary;
        this.manifest = manifest;
        this.json = json;
    }

    @RequestMapping(value = "/reconcile", method = {RequestMethod.GET, RequestMethod.POST})
    void reconcile(@RequestParam(required = false) String queries, @RequestParam(required = false) String callback,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object answer;
        try {
            if (callback != null && !CALLBACK.matcher(callback).matches()) {
                throw ApiException.badInput("'callback' must be a JavaScript name such as jsonp123.");
            }
            answer = queries == null ? manifest.of(baseUrl()) : results(parse(queries), request.getRemoteAddr());
        } catch (ApiException e) {
            ErrorBodies.write(json, response, 400, e.getMessage(), Map.of("code", e.code().name()));
            return;
        }
        write(response, answer, callback);
    }

    private Map<String, Object> results(Map<String, ReconcileQuery> batch, String address) {
        // The request paid one point to be admitted; each further query of the batch is a search of its own.
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), address);
        budgets.of(caller).ifPresent(budget -> budget.charge(Math.max(0, batch.size() - 1)));
        Map<String, String> typeNames = ReconcileManifest.typeNames(vocabulary);
        Map<String, Object> results = new LinkedHashMap<>();
        batch.forEach((key, query) -> results.put(key, Map.of("result", reconciler.reconcile(query, typeNames))));
        return results;
    }

    /** The batch as the spec shapes it: {"q0": {"query": "UK", "type": "MemberState", "limit": 3, "properties": [...]}}. */
    private Map<String, ReconcileQuery> parse(String text) {
        Map<String, Object> raw;
        try {
            raw = json.readValue(text, Map.class);
        } catch (JacksonException e) {
            throw ApiException.badInput("'queries' must be a JSON object of named queries, e.g. {\"q0\": {\"query\": \"UK\"}}.");
        }
        if (raw.size() > MAX_QUERIES) {
            throw ApiException.badInput("'queries' holds " + raw.size() + " queries; send at most " + MAX_QUERIES + " at a time.");
        }
        Map<String, ReconcileQuery> batch = new LinkedHashMap<>();
        raw.forEach((key, value) -> batch.put(key, query(key, value)));
        return batch;
    }

    @SuppressWarnings("unchecked")
    private ReconcileQuery query(String key, Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("query") instanceof String text) || text.isBlank()) {
            throw ApiException.badInput("Query '" + key + "' needs a non-empty \"query\" text.");
        }
        if (text.length() > 200) {
            throw ApiException.badInput("Query '" + key + "' is " + text.length() + " characters long; keep it to 200.");
        }
        List<String> types = new ArrayList<>();
        Object type = map.get("type");
        if (type instanceof String one) {
            types.add(one);
        } else if (type instanceof List<?> many) {
            many.forEach(t -> types.add(String.valueOf(t)));
        }
        if (!types.isEmpty()) {
            vocabulary.requireKinds(key + ".type", types);
        }
        int limit = map.get("limit") instanceof Number n ? n.intValue() : DEFAULT_LIMIT;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badInput("Query '" + key + "' asks for " + limit + " candidates; ask for 1 to " + MAX_LIMIT + ".");
        }
        List<Map<String, Object>> properties = map.get("properties") instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(p -> (Map<String, Object>) p).toList() : List.of();
        return new ReconcileQuery(text, types, limit, properties);
    }

    private void write(HttpServletResponse response, Object answer, String callback) throws IOException {
        String body = json.writeValueAsString(answer);
        if (callback != null) {
            response.setContentType("application/javascript;charset=UTF-8");
            response.getWriter().write("/**/" + callback + "(" + body + ");");
        } else {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(body);
        }
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
