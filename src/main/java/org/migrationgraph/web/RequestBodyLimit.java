package org.migrationgraph.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.support.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a GraphQL request body that is not JSON (415), or above
 * {@code migration-graph.api.max-request-size} (100 kB by default; 413), with a coded error,
 * before it is parsed: at once when Content-Length says so,
 * else after reading one byte past the limit, never the rest. A body within the limit is handed
 * on from memory. (Reliability audit 1.3: 50 MB and 200 MB bodies were read and executed.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimit extends OncePerRequestFilter {

    private final int maxBytes;
    private final JsonMapper json;

    RequestBodyLimit(ApiProperties api, JsonMapper json) {
        DataSize maxSize = api.maxRequestSize();
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxSize.toBytes());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/graphql".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isJson(request.getContentType())) {
            writeError(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, ErrorCode.BAD_USER_INPUT,
                    "Send the request as Content-Type: application/json (it was " + request.getContentType() + ").");
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, request.getContentLengthLong() + " bytes");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response, "more than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** JSON, or application/graphql with a JSON body as Spring for GraphQL also takes it. */
    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix())
                    || type.equalsTypeAndSubtype(MediaType.parseMediaType("application/graphql"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, String size) throws IOException {
        // The unread rest of the body cannot be trusted to end soon: do not keep the connection.
        response.setHeader("Connection", "close");
        writeError(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ErrorCode.REQUEST_TOO_LARGE,
                "The request body holds " + size + "; the limit is " + maxBytes + " bytes. "
                        + "Send fewer or smaller variables, or split the query.");
    }

    private void writeError(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        Map<String, Object> extensions = code == ErrorCode.REQUEST_TOO_LARGE
                ? Map.of("code", code.name(), "limit", maxBytes) : Map.of("code", code.name());
        ErrorBodies.write(json, response, status, message, extensions);
    }

    /** The request with its body already read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already in memory");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
