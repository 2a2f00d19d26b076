package org.valuebench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuebench.web.JavalinRoomServerTest.assertProtected;
import static org.valuebench.web.JavalinRoomServerTest.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.VoteSettings;

/**
 * The hostile-input tests against the real room on a real workspace file, over real HTTP on loopback:
 * each attack is refused or absorbed as specified, the file's cards, dots and contributions change only as they
 * should, and everyone else keeps being served.
 */
class RoomHostileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private RoomOnLoopback x;

    @BeforeEach
    void open() {
        x = new RoomOnLoopback(dir);
    }

    @AfterEach
    void close() {
        x.close();
    }

    private String join(String name) throws IOException {
        HttpResponse<String> joined = x.http.postJson("/api/join", JSON.writeValueAsString(
                Map.of("code", x.code(), "name", name, "anonymous", false)));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        return JSON.readTree(joined.body()).get("token").asText();
    }

    private HttpResponse<String> card(String token, String id, String section, String text) throws IOException {
        return x.http.postJson("/api/cards", JSON.writeValueAsString(Map.of("id", id, "section", section, "text", text)),
                "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> dot(String token, String id, long card, boolean place) throws IOException {
        return x.http.postJson("/api/dots", JSON.writeValueAsString(Map.of("id", id, "card", card, "place", place)),
                "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> state(String token) {
        return x.http.get("/api/state", "Authorization", "Bearer " + token);
    }

    @Test
    void markupIsStoredAsPlainTextAndAnsweredEscaped() throws Exception {
        String ann = join("Ann");
        String[] hostile = {"<img src=x onerror=alert(1)>", "<script>alert('x')</script>", "\"><svg onload=alert(1)>"};
        for (int i = 0; i < hostile.length; i++) {
            HttpResponse<String> added = card(ann, "x" + i, "WANTS", hostile[i]);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            assertThat(added.body()).doesNotContain("<", ">");
        }
        List<String> stored = new ArrayList<>();
        x.f.content().items().forEach(item -> stored.add(item.text()));
        assertThat(stored).contains(hostile);
        JsonNode view = JSON.readTree(state(ann).body());
        List<String> shown = new ArrayList<>();
        view.get("cards").forEach(c -> shown.add(c.get("text").asText()));
        assertThat(shown).contains(hostile);
    }

    @Test
    void refusedRequestsLeaveTheWorkspaceAsItWas() throws Exception {
        String ann = join("Ann");
        List<Long> before = x.counts();
        List<HttpResponse<String>> refused = List.of(
                card(ann, "f1", "FEARS", "a section that is not open"),
                card(ann, "f2", "NOTASECTION", "no such section"),
                card(ann, "f3", "WANTS", "x".repeat(2001)),
                card(ann, "f4 with spaces", "WANTS", "a bad submission id"),
                card("not-a-token", "f5", "WANTS", "no one's"),
                dot(ann, "d1", x.f.calm, true),
                x.http.post("/api/cards", "text/plain", "{\"id\":\"f6\",\"section\":\"WANTS\",\"text\":\"a\"}",
                        "Authorization", "Bearer " + ann),
                x.http.postJson("/api/cards", "{\"id\":\"f7\",\"section\":\"WANTS\",\"text\":", "Authorization", "Bearer " + ann),
                x.http.postJson("/api/cards", "{\"id\":\"f8\",\"section\":\"WANTS\",\"text\":\"" + "y".repeat(17_000) + "\"}",
                        "Authorization", "Bearer " + ann),
                x.http.get("/api/cards"),
                x.http.get("/api/library"));
        for (HttpResponse<String> answer : refused) {
            assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
            assertThat(error(answer)).isNotBlank();
            assertThat(answer.body()).doesNotContain("Exception", "\tat ");
            assertProtected(answer);
        }
        assertThat(refused).extracting(HttpResponse::statusCode)
                .containsExactly(403, 400, 400, 400, 401, 403, 415, 400, 413, 405, 404);
        assertThat(x.counts()).isEqualTo(before);
    }

    @Test
    void tenThousandRequestsAMinuteFromOneParticipantAreMostlyRefusedWhileAnotherIsServed() throws Exception {
        String ann = join("Ann");
        String bo = join("Bo");
        long itemsBefore = x.rows("item");
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger tooMany = new AtomicInteger();
        AtomicInteger cardsAnswered = new AtomicInteger();
        Map<Integer, Integer> other = new ConcurrentHashMap<>();
        ExecutorService hammer = Executors.newFixedThreadPool(8);
        AtomicBoolean hammering = new AtomicBoolean(true);
        List<Long> boMillis = new ArrayList<>();
        Thread boThread = new Thread(() -> {
            for (int i = 0; i < 100 && hammering.get(); i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = state(bo);
                boMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                other.merge(answer.statusCode(), 1, Integer::sum);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bo");
        long started = System.nanoTime();
        boThread.start();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            sent.add(hammer.submit(() -> {
                HttpResponse<String> answer = n % 10 == 0 ? card(ann, "h" + n, "WANTS", "flood " + n) : state(ann);
                if (answer.statusCode() == 200) {
                    ok.incrementAndGet();
                    if (n % 10 == 0) {
                        cardsAnswered.incrementAndGet();
                    }
                } else if (answer.statusCode() == 429) {
                    tooMany.incrementAndGet();
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                } else {
                    other.merge(-answer.statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        hammering.set(false);
        boThread.join(5000);
        hammer.shutdown();

        assertThat(seconds).as("10,000 requests within the minute").isLessThan(60);
        assertThat(ok.get() + tooMany.get()).isEqualTo(10_000);
        assertThat(ok.get()).as("at most 120 requests a minute are served").isLessThanOrEqualTo(120);
        assertThat(cardsAnswered.get()).isLessThanOrEqualTo(30);
        assertThat(x.rows("item") - itemsBefore).as("every card answered is stored, no other").isEqualTo(cardsAnswered.get());
        assertThat(other).as("Bo's answers (and nothing else)").containsOnlyKeys(200);
        assertThat(boMillis).isNotEmpty().allSatisfy(ms -> assertThat(ms).as("Bo answered within 1 s").isLessThan(1000));
    }

    @Test
    void wrongJoinCodesFromOneAddressWaitAfterTen() throws Exception {
        List<Long> before = x.counts();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = x.http.postJson("/api/join", "{\"code\":\"WRONG" + i + "\",\"name\":\"Eve\"}");
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
        }
        HttpResponse<String> waiting = x.http.postJson("/api/join", "{\"code\":\"WRONGX\",\"name\":\"Eve\"}");
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
        assertThat(error(waiting)).isNotBlank();
        HttpResponse<String> rightCodeToo = x.http.postJson("/api/join", "{\"code\":\"" + x.code() + "\",\"name\":\"Eve\"}");
        assertThat(rightCodeToo.statusCode()).as("the address waits, even with the right code").isEqualTo(429);
        assertThat(x.room.status().failedAttempts()).isGreaterThanOrEqualTo(10);
        assertThat(x.room.status().members()).isEmpty();
        assertThat(x.counts()).isEqualTo(before);
    }

    @Test
    void closingFreesThePortAndEveryTokenGoesStale() throws Exception {
        String ann = join("Ann");
        assertThat(card(ann, "c1", "WANTS", "Before closing").statusCode()).isEqualTo(200);
        JavalinRoomServerTest.Events events = JavalinRoomServerTest.Events.open(x.http, ann);
        assertThat(events.next()).isEqualTo("event: view");
        int port = x.port();

        x.room.close();
        assertThat(events.nextThat(l -> l.startsWith("event: "))).isEqualTo("event: ended");
        events.awaitEnd();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
        }

        x.open();
        List<Long> before = x.counts();
        HttpResponse<String> stale = state(ann);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(error(stale)).isNotBlank();
        assertThat(card(ann, "c2", "WANTS", "After closing").statusCode()).isEqualTo(401);
        assertThat(x.http.get("/api/events?token=" + ann, "Accept", "text/event-stream").statusCode()).isEqualTo(401);
        assertThat(x.counts()).isEqualTo(before);
        assertThat(state(join("Ann")).statusCode()).as("joining again works").isEqualTo(200);
    }

    @Test
    void aDotReplayedAHundredTimesWithTheSameIdIsOneDot() throws Exception {
        String ann = join("Ann");
        x.toStep("Vote");
        x.windowDoes(a -> a.voting().startVote(x.workshop, new VoteSettings(List.of(Section.WANTS), 3, false, false)));
        long dotsBefore = x.rows("dot");
        ExecutorService replay = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(replay.submit(() -> dot(ann, "same-dot", x.f.calm, true)));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> a = answer.get(30, TimeUnit.SECONDS);
            assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
        }
        replay.shutdown();
        assertThat(x.rows("dot") - dotsBefore).isEqualTo(1);
        JsonNode view = JSON.readTree(state(ann).body());
        assertThat(view.get("vote").get("dotsLeft").asInt()).isEqualTo(2);
    }
}
