package org.valuebench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuebench.app.AppException;
import org.valuebench.app.join.RoomRefusal;
import org.valuebench.app.join.RoomServer;

/** The listener's HTTP mechanics on a real Jetty on loopback, with a door kept in memory. */
class JavalinRoomServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MemoryDoor door = new MemoryDoor();
    private RoomServer.Listening listening;
    private Http http;

    @BeforeEach
    void start() throws IOException {
        listening = new JavalinRoomServer(Duration.ofMillis(200)).start(InetAddress.getByName("127.0.0.1"), 0, door);
        http = new Http(listening.port());
    }

    @AfterEach
    void stop() {
        listening.close();
    }

    @Test
    void servesThePagesFilesFromTheJarWithProtectiveHeaders() throws IOException {
        assertPage("/", "text/html", "index.html");
        assertPage("/join.css", "text/css", "join.css");
        assertPage("/join.js", "text/javascript", "join.js");
    }

    private void assertPage(String path, String type, String resource) throws IOException {
        HttpResponse<String> page = http.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(type));
        try (InputStream in = getClass().getResourceAsStream("/org/valuebench/web/join/" + resource)) {
            assertThat(page.body()).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertProtected(page);
    }

    static void assertProtected(HttpResponse<?> answer) {
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; "
                + "img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void joinAnswersTheTokenAndTheDoorsRefusalsKeepTheirStatusAndMessage() throws IOException {
        HttpResponse<String> joined = http.postJson("/api/join", "{\"code\":\"K7QX2M\",\"name\":\"Ann\",\"anonymous\":false}");
        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(joined.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v.replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8"));
        assertThat(JSON.readTree(joined.body())).isEqualTo(JSON.readTree(
                "{\"token\":\"token-1\",\"participantId\":1,\"name\":\"Ann\",\"anonymous\":false}"));
        assertProtected(joined);

        HttpResponse<String> wrong = http.postJson("/api/join", "{\"code\":\"AAAAAA\",\"name\":\"Bo\"}");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrong.body())).isEqualTo(JSON.readTree("{\"error\":\"That is not the code on the screen.\"}"));

        door.failure = new RoomRefusal(RoomRefusal.Kind.TOO_MANY, "Too many wrong codes: wait a minute.", 42);
        HttpResponse<String> waiting = http.postJson("/api/join", "{\"code\":\"AAAAAA\",\"name\":\"Bo\"}");
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("42");
        assertThat(error(waiting)).isEqualTo("Too many wrong codes: wait a minute.");
        assertThat(door.clients).containsOnly("127.0.0.1");
    }

    @Test
    void theStateNeedsTheBearerToken() throws IOException {
        String token = joinAnn();
        HttpResponse<String> none = http.get("/api/state");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(error(none)).contains("Join the workshop first");

        HttpResponse<String> unknown = http.get("/api/state", "Authorization", "Bearer nobody");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(error(unknown)).isEqualTo("Join the workshop again.");

        HttpResponse<String> state = http.get("/api/state", "Authorization", "Bearer " + token);
        assertThat(state.statusCode()).isEqualTo(200);
        JsonNode view = JSON.readTree(state.body());
        assertThat(view.get("canvas").asText()).isEqualTo("Corner café");
        assertThat(view.get("me").get("name").asText()).isEqualTo("Ann");
        assertThat(view.get("step").get("sections").get(0).get("key").asText()).isEqualTo("NEEDS");
        assertThat(view.get("timer").get("secondsLeft").asInt()).isEqualTo(245);
        assertThat(view.get("may").asText()).isEqualTo("ADD_CARDS");
        assertThat(view.has("vote")).isTrue();
        assertThat(view.get("coming").asText()).isEqualTo("Fears");
    }

    @Test
    void cardsAndDotsReachTheDoorWithTheirFields() throws IOException {
        String token = joinAnn();
        HttpResponse<String> added = http.postJson("/api/cards", "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":\"Fast service\"}",
                "Authorization", "Bearer " + token);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(added.body()).get("cards").get(0).get("text").asText()).isEqualTo("Fast service");
        assertThat(door.cards).extracting(c -> c.section() + ":" + c.text()).containsExactly("NEEDS:Fast service");

        HttpResponse<String> dot = http.postJson("/api/dots", "{\"id\":\"s-2\",\"card\":1,\"place\":true}",
                "Authorization", "Bearer " + token);
        assertThat(dot.statusCode()).isEqualTo(200);
        HttpResponse<String> noCard = http.postJson("/api/dots", "{\"id\":\"s-3\",\"card\":99,\"place\":true}",
                "Authorization", "Bearer " + token);
        assertThat(noCard.statusCode()).isEqualTo(404);
        assertThat(error(noCard)).isEqualTo("There is no such card in this step.");
    }

    @Test
    void anUnexpectedFailureIsA500WithAFixedSentenceAndNoStackTrace() throws IOException {
        String token = joinAnn();
        door.failure = new IllegalStateException("secret detail at org.valuebench.Somewhere");
        HttpResponse<String> failed = http.get("/api/state", "Authorization", "Bearer " + token);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(error(failed)).isEqualTo("The app could not do that; the facilitator's window says why");
        assertThat(failed.body()).doesNotContain("secret", "org.valuebench", "Exception", "\tat ");
        assertProtected(failed);
    }

    @Test
    void theEventStreamSendsViewsKeepsAliveAndSaysEndedWhenTheTokenStops() throws Exception {
        String token = joinAnn();
        Events events = Events.open(http, token);
        assertThat(events.response().statusCode()).isEqualTo(200);
        assertThat(events.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/event-stream"));
        assertThat(events.next()).isEqualTo("event: view");
        assertThat(JSON.readTree(events.next().substring("data: ".length())).get("me").get("name").asText()).isEqualTo("Ann");

        http.postJson("/api/cards", "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":\"<b>Fast</b>\"}", "Authorization", "Bearer " + token);
        assertThat(events.nextThat(l -> l.startsWith("data: ") && l.contains("Fast"))).doesNotContain("<b>");
        assertThat(events.nextThat(l -> l.startsWith(":"))).isEqualTo(": keep-alive");

        door.end();
        assertThat(events.nextThat(l -> l.startsWith("event: "))).isEqualTo("event: ended");
        events.awaitEnd();
    }

    @Test
    void aStaleTokenGetsA401InsteadOfAStream() throws IOException {
        HttpResponse<String> stale = http.get("/api/events?token=nobody");
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(error(stale)).isEqualTo("Join the workshop again.");
        assertThat(http.get("/api/events").statusCode()).isEqualTo(401);
    }

    @Test
    void aDeviceThatGoesAwayStopsFollowingTheRoom() throws Exception {
        Events events = Events.open(http, joinAnn());
        events.next();
        assertThat(door.followers).hasSize(1);
        MemoryDoor.Follower follower = door.followers.get(0);
        events.hangUp();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!follower.isClosed() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(follower.isClosed()).as("the follow handle is closed once the keep-alive finds the device gone").isTrue();
    }

    @Test
    void closingEndsEveryStreamAndFreesThePortAtOnce() throws Exception {
        Events events = Events.open(http, joinAnn());
        events.next();
        int port = listening.port();
        listening.close();
        assertThat(events.nextThat(l -> l.startsWith("event: "))).isEqualTo("event: ended");
        events.awaitEnd();
        assertThat(door.followers).isEmpty();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        listening.close();
    }

    @Test
    void listensOnTheGivenAddressOnly() {
        assertThatThrownBy(() -> new Socket("127.0.0.2", listening.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aPortInUseIsSaidPlainly() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThatThrownBy(() -> new JavalinRoomServer().start(loopback, listening.port(), door))
                .isInstanceOf(AppException.class)
                .hasMessage("Joining cannot listen on 127.0.0.1:" + listening.port() + ": the port is in use or not allowed here.");
    }

    private String joinAnn() throws IOException {
        HttpResponse<String> joined = http.postJson("/api/join", "{\"code\":\"K7QX2M\",\"name\":\"Ann\"}");
        return JSON.readTree(joined.body()).get("token").asText();
    }

    static String error(HttpResponse<String> answer) throws IOException {
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.size()).isEqualTo(1);
        return body.get("error").asText();
    }

    /** An event stream read line by line on its own thread. */
    record Events(HttpResponse<Stream<String>> response, BlockingQueue<String> lines, Thread reader) {
        private static final String END = "\u0000end";

        static Events open(Http http, String token) throws Exception {
            HttpResponse<Stream<String>> response = http.client().send(
                    http.request("/api/events?token=" + token, "Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (Stream<String> body = response.body()) {
                    body.filter(l -> !l.isEmpty()).forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the stream was hung up on by the test
                }
                lines.add(END);
            }, "test-events");
            reader.setDaemon(true);
            reader.start();
            return new Events(response, lines, reader);
        }

        String next() throws InterruptedException {
            String line = lines.poll(5, TimeUnit.SECONDS);
            assertThat(line).as("a line within 5 s").isNotNull().isNotEqualTo(END);
            return line;
        }

        String nextThat(java.util.function.Predicate<String> wanted) throws InterruptedException {
            while (true) {
                String line = next();
                if (wanted.test(line)) {
                    return line;
                }
            }
        }

        void awaitEnd() throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String line;
            do {
                line = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            } while (line != null && !line.equals(END));
            assertThat(line).as("the stream closes").isEqualTo(END);
        }

        void hangUp() {
            response.body().close();
            reader.interrupt();
        }
    }
}
