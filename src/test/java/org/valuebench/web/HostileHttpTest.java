package org.valuebench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuebench.web.JavalinRoomServerTest.assertProtected;
import static org.valuebench.web.JavalinRoomServerTest.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuebench.app.join.RoomServer;

/**
 * What HTTP itself can get wrong, refused by the listener before the room sees it: sizes, content types, JSON
 * shapes, routes and methods. Each refusal is a 4xx with {"error": …}, no stack trace, the protective headers,
 * and no card reaches the door. (The room's own limits are in {@link RoomHostileTest}, on a real workspace.)
 */
class HostileHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MemoryDoor door = new MemoryDoor();
    private RoomServer.Listening listening;
    private Http http;
    private String token;

    @BeforeEach
    void start() throws IOException {
        listening = new JavalinRoomServer(Duration.ofMillis(500)).start(InetAddress.getByName("127.0.0.1"), 0, door);
        http = new Http(listening.port());
        token = JSON.readTree(http.postJson("/api/join", "{\"code\":\"K7QX2M\",\"name\":\"Ann\"}").body()).get("token").asText();
    }

    @AfterEach
    void stop() {
        listening.close();
    }

    private HttpResponse<String> card(String contentType, String body) {
        return http.post("/api/cards", contentType, body, "Authorization", "Bearer " + token);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String message) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(error(answer)).isEqualTo(message);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "org.");
        assertProtected(answer);
        assertThat(door.cards).as("nothing reached the room").isEmpty();
    }

    @Test
    void aBodyOverSixteenKilobytesIsA413() throws IOException {
        String text = "x".repeat(JsonBodies.MAX_BYTES);
        assertRefused(card("application/json", "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":\"" + text + "\"}"),
                413, "The request is too big (at most 16 KB).");
    }

    @Test
    void aTenMegabyteBodyIsRefusedAndTheListenerKeepsServing() throws IOException {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'x');
        // The listener answers 413 from the Content-Length and closes without reading the 10 MB. Whether the
        // client still reads that answer or first sees its own writes reset depends on TCP timing, so either is
        // a refusal; the answer's text is checked byte for byte by the next test, on a raw socket.
        try {
            HttpResponse<String> answer = http.send(http.request("/api/cards", "Authorization", "Bearer " + token,
                    "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(tenMegabytes))
                    .build());
            assertRefused(answer, 413, "The request is too big (at most 16 KB).");
        } catch (java.io.UncheckedIOException cutOff) {
            assertThat(cutOff.getCause()).isNotInstanceOf(java.net.http.HttpTimeoutException.class);
        }
        assertThat(door.cards).isEmpty();
        assertThat(http.get("/api/state", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void anAnnouncedTenMegabytesIsRefusedBeforeAByteOfItIsSent() throws IOException {
        String answer = raw("POST /api/cards HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n", new byte[0]);
        assertThat(answer).startsWith("HTTP/1.1 413 ");
        assertThat(answer).contains("{\"error\":\"The request is too big (at most 16 KB).\"}");
        assertThat(door.cards).isEmpty();
    }

    @Test
    void aChunkedBodyIsCutAfterSixteenKilobytesWithoutWaitingForTheRest() throws IOException {
        // 20 KB in chunks and no last chunk: the answer comes without the body ever ending.
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] chunk = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            chunks.write("400\r\n".getBytes(StandardCharsets.US_ASCII));
            chunks.write(chunk);
            chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        String answer = raw("POST /api/cards HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunks.toByteArray());
        assertThat(answer).startsWith("HTTP/1.1 413 ");
        assertThat(door.cards).isEmpty();
    }

    /** Sends {@code head} and {@code body} on a plain socket and reads the answer's first 4 KB within 5 s. */
    private String raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", listening.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                int n;
                while (!answer.toString(StandardCharsets.UTF_8).contains("}") && (n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // the listener may close after answering; what it said is kept
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/plain|{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":\"a\"}",
        "application/x-www-form-urlencoded|id=s-1&section=NEEDS&text=a",
        "multipart/form-data; boundary=x|--x--",
        "application/jsonp|{}",
    })
    void anotherContentTypeIsA415(String type, String body) throws IOException {
        assertRefused(card(type, body), 415, "Send the request as JSON (Content-Type: application/json).");
    }

    @Test
    void aBodyWithoutAContentTypeIsA415() throws IOException {
        HttpResponse<String> answer = http.send(http.request("/api/cards", "Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertRefused(answer, 415, "Send the request as JSON (Content-Type: application/json).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":\"a\"|The request is not valid JSON.",
        "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":\"a\"} {}|The request is not valid JSON.",
        "{\"id\":\"s-1\",\"id\":\"s-2\",\"section\":\"NEEDS\",\"text\":\"a\"}|The request is not valid JSON.",
        "[\"s-1\",\"NEEDS\",\"a\"]|The request must be a JSON object.",
        "\"a card\"|The request must be a JSON object.",
        "''|The request must be a JSON object.",
        "{\"id\":\"s-1\",\"section\":\"NEEDS\"}|\"text\" is missing.",
        "{\"id\":\"s-1\",\"text\":\"a\"}|\"section\" is missing.",
        "{\"section\":\"NEEDS\",\"text\":\"a\"}|\"id\" is missing.",
        "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":null}|\"text\" is missing.",
        "{\"id\":\"s-1\",\"section\":\"NEEDS\",\"text\":42}|\"text\" must be text.",
        "{\"id\":\"s-1\",\"section\":[\"NEEDS\"],\"text\":\"a\"}|\"section\" must be text.",
        "{\"id\":{\"$ne\":1},\"section\":\"NEEDS\",\"text\":\"a\"}|\"id\" must be text.",
    })
    void aMalformedCardIsA400NamingWhatIsWrong(String body, String message) throws IOException {
        assertRefused(card("application/json; charset=utf-8", body), 400, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"s-1\",\"card\":\"1\",\"place\":true}|\"card\" must be a whole number.",
        "{\"id\":\"s-1\",\"card\":1.5,\"place\":true}|\"card\" must be a whole number.",
        "{\"id\":\"s-1\",\"card\":99999999999999999999999,\"place\":true}|\"card\" must be a whole number.",
        "{\"id\":\"s-1\",\"place\":true}|\"card\" is missing.",
        "{\"id\":\"s-1\",\"card\":1,\"place\":\"yes\"}|\"place\" must be true or false.",
        "{\"id\":\"s-1\",\"card\":1}|\"place\" is missing.",
    })
    void aMalformedDotIsA400NamingTheField(String body, String message) throws IOException {
        HttpResponse<String> answer = http.post("/api/dots", "application/json", body, "Authorization", "Bearer " + token);
        assertRefused(answer, 400, message);
    }

    @Test
    void aMalformedJoinIsA400NamingTheField() throws IOException {
        assertRefused(http.postJson("/api/join", "{\"name\":\"Ann\"}"), 400, "\"code\" is missing.");
        assertRefused(http.postJson("/api/join", "{\"code\":\"K7QX2M\",\"name\":7}"), 400, "\"name\" must be text.");
        assertRefused(http.postJson("/api/join", "{\"code\":\"K7QX2M\",\"anonymous\":\"no\"}"), 400,
                "\"anonymous\" must be true or false.");
    }

    @ParameterizedTest
    @CsvSource({"/index.html", "/api", "/api/", "/api/cards/1", "/org/valuebench/web/join/join.js", "/../pom.xml",
        "/%2e%2e/%2e%2e/etc/passwd", "/api/export", "/favicon.ico"})
    void anUnknownRouteIsA404(String path) throws IOException {
        HttpResponse<String> answer = http.get(path);
        assertThat(answer.statusCode()).as(path).isIn(400, 404);
        assertThat(error(answer)).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownRouteSaysSoWithTheProtectiveHeaders() throws IOException {
        assertRefused(http.get("/api/library"), 404, "There is nothing here.");
    }

    @ParameterizedTest
    @CsvSource({"GET,/api/cards", "GET,/api/join", "DELETE,/api/cards", "PUT,/api/dots", "POST,/", "POST,/api/state",
        "PATCH,/join.js"})
    void aWrongMethodIsA405(String method, String path) throws IOException {
        HttpResponse<String> answer = http.send(http.request(path, "Authorization", "Bearer " + token,
                "Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
        assertRefused(answer, 405, "This address does not take that method.");
    }

    @Test
    void markupInACardReachesTheRoomAsPlainTextAndComesBackEscaped() throws IOException {
        String[] hostile = {"<img src=x onerror=alert(1)>", "<script>alert('x')</script>", "\"><svg onload=alert(1)>",
            "javascript:alert(1)", "{{constructor.constructor('alert(1)')()}}", "</script><script>alert(1)</script>",
            "a\u2028b\u0000c"};
        for (int i = 0; i < hostile.length; i++) {
            String body = JSON.writeValueAsString(java.util.Map.of("id", "x-" + i, "section", "NEEDS", "text", hostile[i]));
            HttpResponse<String> answer = card("application/json", body);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("<", ">", "'");
            assertThat(JSON.readTree(answer.body()).get("cards").get(i).get("text").asText()).isEqualTo(hostile[i]);
            assertThat(door.cards.get(i).text()).isEqualTo(hostile[i]);
        }
    }
}
