package org.valuebench.web.join;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.valuebench.app.join.ParticipantDoor;
import org.valuebench.app.join.RoomRefusal;

/**
 * A bare HTTP front for the page's own tests (the JDK's server on loopback): it serves the page's files from the
 * jar's resources and speaks docs/join-api.md to a {@link ParticipantDoor}, with the page's Content-Security-Policy,
 * so the page is tested apart from the product's listener. It can lose answers on purpose: {@link #loseAnswers}
 * makes the next card or dot requests be carried out by the door but answered with a dropped connection, as a
 * phone losing the network just after sending would see it.
 */
final class PageTestServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/join.css", "join.css", "/join.js", "join.js");
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8", "join.css", "text/css; charset=utf-8",
            "join.js", "text/javascript; charset=utf-8");

    private final ObjectMapper json = new ObjectMapper();
    private final ParticipantDoor door;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "page-test-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger answersToLose = new AtomicInteger();
    private final AtomicInteger streamsOpened = new AtomicInteger();
    private volatile boolean streamsRefused;

    PageTestServer(ParticipantDoor door) throws IOException {
        this.door = door;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void loseAnswers(int count) {
        answersToLose.set(count);
    }

    /** Like a proxy that buffers: the event stream fails at once, so the page must poll. */
    void refuseStreams(boolean refuse) {
        streamsRefused = refuse;
    }

    int streamsOpened() {
        return streamsOpened.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String client = exchange.getRemoteAddress().getAddress().getHostAddress();
            try {
                if (method.equals("GET") && FILES.containsKey(path)) {
                    file(exchange, FILES.get(path));
                } else if (method.equals("POST") && path.equals("/api/join")) {
                    JsonNode body = body(exchange);
                    send(exchange, 200, door.join(body.path("code").asText(), body.path("name").asText(),
                            body.path("anonymous").asBoolean(), client));
                } else if (method.equals("GET") && path.equals("/api/state")) {
                    send(exchange, 200, door.view(token(exchange), client));
                } else if (method.equals("GET") && path.equals("/api/events")) {
                    events(exchange, client);
                } else if (method.equals("POST") && path.equals("/api/cards")) {
                    JsonNode body = body(exchange);
                    Object answer = door.addCard(token(exchange), body.path("id").asText(),
                            body.path("section").asText(), body.path("text").asText(), client);
                    answerOrLose(exchange, answer);
                } else if (method.equals("POST") && path.equals("/api/dots")) {
                    JsonNode body = body(exchange);
                    Object answer = door.dot(token(exchange), body.path("id").asText(), body.path("card").asLong(),
                            body.path("place").asBoolean(), client);
                    answerOrLose(exchange, answer);
                } else {
                    send(exchange, 404, Map.of("error", "There is no such page."));
                }
            } catch (RoomRefusal refusal) {
                send(exchange, refusal.kind().status(), Map.of("error", refusal.getMessage()));
            }
        }
    }

    private void answerOrLose(HttpExchange exchange, Object answer) throws IOException {
        if (answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            // Done in the room, but the answer never arrives: a 502 from a gateway, as the device sees it.
            exchange.sendResponseHeaders(502, -1);
            return;
        }
        send(exchange, 200, answer);
    }

    private void events(HttpExchange exchange, String client) throws IOException {
        String token = queryToken(exchange);
        if (streamsRefused) {
            send(exchange, 503, Map.of("error", "Streaming is blocked here."));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        streamsOpened.incrementAndGet();
        OutputStream out = exchange.getResponseBody();
        CountDownLatch done = new CountDownLatch(1);
        AutoCloseable following;
        try {
            following = door.follow(token, client, view -> write(out, "event: view\ndata: " + text(view) + "\n\n", done),
                    () -> {
                        write(out, "event: ended\ndata: {}\n\n", done);
                        done.countDown();
                    });
        } catch (RoomRefusal refusal) {
            write(out, "event: ended\ndata: {}\n\n", done);
            return;
        }
        try {
            while (!done.await(15, TimeUnit.SECONDS)) {
                write(out, ": still here\n\n", done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                following.close();
            } catch (Exception e) {
                throw new IllegalStateException("The test door's follower did not close", e);
            }
        }
    }

    private static void write(OutputStream out, String text, CountDownLatch done) {
        synchronized (out) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // The browser went away: stop following it.
                done.countDown();
            }
        }
    }

    private void file(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = PageTestServer.class.getResourceAsStream("/org/valuebench/web/join/" + name)) {
            if (in == null) {
                send(exchange, 404, Map.of("error", "The page's file " + name + " is missing."));
                return;
            }
            byte[] bytes = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", TYPES.get(name));
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        return json.readTree(exchange.getRequestBody().readAllBytes());
    }

    private static String token(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    private static String queryToken(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        return query != null && query.startsWith("token=") ? query.substring(6) : null;
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] bytes = text(value).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
