package org.migrationgraph.embedded;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Refuses a WebSocket upgrade on the Bolt port that comes from a web page of another origin.
 * Neo4j accepts Bolt over WebSocket on the same port from any origin and has no setting against
 * it (reliability audit 5: a page on evil.example connected), so this handler goes first in each
 * Bolt connection's pipeline: a plain Bolt client passes untouched; an HTTP request passes
 * only when it has no {@code Origin} header (not a browser) or one in the allow-list (none by
 * default); anything else gets 403 and is closed. It uses Neo4j's connector listener, an
 * internal API: BoltSecurityIT fails if an upgrade changes it.
 */
final class BoltOriginGuard extends ByteToMessageDecoder {

    private static final int MAX_HEADERS = 8 * 1024;
    private static final byte[] FORBIDDEN = ("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Set<String> allowedOrigins;

    private BoltOriginGuard(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    /** Puts a guard in front of every future connection of the DBMS's Bolt connectors. */
    static void install(GraphDatabaseAPI system, Set<String> allowedOrigins) {
        BoltServer server = system.getDependencyResolver().resolveDependency(BoltServer.class);
        for (Connector<?> connector : server.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.modifyPipeline(pipeline -> pipeline.addFirst("migration-graph-origin-guard",
                            new BoltOriginGuard(allowedOrigins)));
                }
            });
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        if (!in.toString(in.readerIndex(), 4, StandardCharsets.US_ASCII).equals("GET ")) {
            ctx.pipeline().remove(this); // Bolt's own handshake: hand everything on as it came
            return;
        }
        String head = in.toString(in.readerIndex(), Math.min(in.readableBytes(), MAX_HEADERS), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0 && in.readableBytes() < MAX_HEADERS) {
            return; // wait for the rest of the headers
        }
        String origin = end < 0 ? "(headers too long)" : originOf(head.substring(0, end));
        if (origin == null || allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            ctx.pipeline().remove(this);
            return;
        }
        in.skipBytes(in.readableBytes());
        ctx.writeAndFlush(Unpooled.wrappedBuffer(FORBIDDEN)).addListener(ChannelFutureListener.CLOSE);
    }

    /** The Origin header's value, or null when the request has none. */
    static String originOf(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Origin")) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
