package org.valuebench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One simulated participant of {@link JoinLoadBenchmark} on its own device (its own HttpClient, HTTP/1.1 as a
 * phone's browser): joins with the code, follows the event stream (GET /api/events) on a thread of its own, adds
 * its cards in the private step and in the open step, each with its own submission id (some sent again with the
 * same id: once after the answer, as a page retrying a lost answer, and once twice at the same time), then places
 * its dots when the vote opens (the first one replayed with the same id). It waits for the facilitator through
 * the views the stream brings, as the page does. A 429 is waited out (Retry-After) and sent again with the same
 * id, as the page does; any other refusal is counted and the card is given up, which the counts then show.
 */
final class JoinLoadParticipant implements Runnable {
    /** The mean time a participant takes to type a card before sending it; 0: no pause (a burst). */
    private final long typingMillis;
    static final String PRIVATE_STEP = "Wants";
    static final String OPEN_STEP = "Needs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(120);
    private final int number;
    private final String base;
    private final String code;
    private final int cards;
    private final int dots;
    private final JoinLoadFigures figures;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Object viewLock = new Object();
    private JsonNode view;
    private boolean ended;
    private String token;

    JoinLoadParticipant(int number, String base, String code, int cards, int dots, JoinLoadFigures figures,
                        long typingMillis) {
        this.typingMillis = typingMillis;
        this.number = number;
        this.base = base;
        this.code = code;
        this.cards = cards;
        this.dots = dots;
        this.figures = figures;
    }

    /** The card's text: unique across the run, so the presentation's slide and the file can be matched to it. */
    static String cardText(int participant, int card) {
        return String.format("P%02d idea %02d: a card from a participant's device", participant, card);
    }

    @Override
    public void run() {
        try {
            join();
            Thread stream = new Thread(this::follow, "join-load-events-" + number);
            stream.setDaemon(true);
            stream.start();
            int firstHalf = cards / 2;
            awaitView(v -> PRIVATE_STEP.equals(v.path("step").path("title").asText())
                    && "ADD_CARDS".equals(v.path("may").asText()));
            for (int c = 1; c <= firstHalf; c++) {
                addCard(c, "WANTS");
            }
            awaitView(v -> OPEN_STEP.equals(v.path("step").path("title").asText())
                    && "ADD_CARDS".equals(v.path("may").asText()));
            for (int c = firstHalf + 1; c <= cards; c++) {
                addCard(c, "NEEDS");
            }
            JsonNode voting = awaitView(v -> "VOTE".equals(v.path("may").asText()));
            placeDots(voting);
        } catch (IOException | RuntimeException e) {
            figures.failed("participant " + number + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            figures.failed("participant " + number + " interrupted");
        }
    }

    private void join() throws IOException, InterruptedException {
        HttpResponse<String> joined = post("/api/join", Map.of("code", code, "name", String.format("P%02d", number),
                "anonymous", false), false);
        if (joined.statusCode() != 200) {
            throw new IllegalStateException("join refused: " + joined.statusCode() + " " + joined.body());
        }
        token = JSON.readTree(joined.body()).path("token").asText();
    }

    /** The event stream: keeps the latest view; "ended" (the workshop finished) ends the wait of any step. */
    private void follow() {
        // As a browser's EventSource asks: Javalin answers an SSE route only to Accept: text/event-stream.
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events?token=" + token))
                .header("Accept", "text/event-stream").GET().build();
        figures.request();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                figures.refused(response.statusCode());
                return;
            }
            String event = "";
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event.equals("view")) {
                        JsonNode next = JSON.readTree(line.substring(5).trim());
                        synchronized (viewLock) {
                            view = next;
                            viewLock.notifyAll();
                        }
                    } else if (line.isEmpty() && event.equals("ended")) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            figures.failed("participant " + number + "'s event stream: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (viewLock) {
                ended = true;
                viewLock.notifyAll();
            }
        }
    }

    private JsonNode awaitView(Predicate<JsonNode> wanted) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        synchronized (viewLock) {
            while (view == null || !wanted.test(view)) {
                long left = until - System.nanoTime();
                if (ended || left <= 0) {
                    throw new IllegalStateException("the stream never showed the awaited step (last: "
                            + (view == null ? "none" : view.path("step").path("title").asText() + "/"
                            + view.path("may").asText()) + ")");
                }
                viewLock.wait(Math.max(1, left / 1_000_000));
            }
            return view;
        }
    }

    /**
     * One card. Every fifth is sent again with the same id after its answer; every seventh is sent twice at once.
     */
    private void addCard(int card, String section) throws IOException, InterruptedException {
        if (typingMillis > 0) {
            // A person types a card before sending it: between 0.5 and 1.5 times the pace given.
            Thread.sleep(typingMillis / 2 + (long) ((number * 7919L + card * 104729L) % typingMillis));
        }
        String id = String.format("p%02d-c%02d", number, card);
        String text = cardText(number, card);
        Map<String, Object> body = Map.of("id", id, "section", section, "text", text);
        figures.submitted(text, System.nanoTime());
        if (card % 7 == 0) {
            List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(postAsync("/api/cards", body));
            }
            for (CompletableFuture<HttpResponse<String>> answer : both) {
                accepted(answer.join(), "/api/cards", body);
            }
            figures.retried();
        } else {
            accepted(post("/api/cards", body, true), "/api/cards", body);
        }
        if (card % 5 == 0) {
            accepted(post("/api/cards", body, true), "/api/cards", body);
            figures.retried();
        }
    }

    /** Dots on cards spread over the vote's cards; the first is replayed with its id, which changes nothing. */
    private void placeDots(JsonNode voting) throws IOException, InterruptedException {
        JsonNode all = voting.path("cards");
        int n = all.size();
        List<Long> chosen = new ArrayList<>();
        for (int k = 0; chosen.size() < dots && k < n * 2; k++) {
            long id = all.get((number * 37 + k * 101 + chosen.size()) % n).path("id").asLong();
            if (!chosen.contains(id)) {
                chosen.add(id);
            }
        }
        for (int d = 0; d < chosen.size(); d++) {
            Map<String, Object> body = Map.of("id", String.format("p%02d-d%d", number, d), "card", chosen.get(d),
                    "place", true);
            accepted(post("/api/dots", body, true), "/api/dots", body);
            if (d == 0) {
                accepted(post("/api/dots", body, true), "/api/dots", body);
                figures.replayed();
            }
        }
    }

    /** A 200 is taken; a 429 is waited out and sent again (same id); any other answer is counted and given up. */
    private void accepted(HttpResponse<String> answer, String path, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> now = answer;
        for (int tries = 0; now.statusCode() == 429 && tries < 5; tries++) {
            figures.refused(429);
            long wait = now.headers().firstValueAsLong("Retry-After").orElse(5);
            Thread.sleep(wait * 1000);
            now = post(path, body, true);
        }
        if (now.statusCode() != 200) {
            figures.refused(now.statusCode());
            figures.failed("participant " + number + " " + path + " " + body.get("id") + ": " + now.statusCode()
                    + " " + now.body());
        }
    }

    private HttpResponse<String> post(String path, Map<String, Object> body, boolean withToken)
            throws IOException, InterruptedException {
        figures.request();
        return http.send(request(path, body, withToken), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String path, Map<String, Object> body)
            throws IOException {
        figures.request();
        return http.sendAsync(request(path, body, true), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, Map<String, Object> body, boolean withToken) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (withToken) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
