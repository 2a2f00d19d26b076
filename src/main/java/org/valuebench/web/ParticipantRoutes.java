package org.valuebench.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.valuebench.app.join.ParticipantDoor;

/**
 * The routes of docs/join-api.md: each reads what HTTP carries (body, token, the device's address), hands it to
 * the {@link ParticipantDoor} and writes its answer as JSON. The room decides everything else and refuses with a
 * {@link org.valuebench.app.join.RoomRefusal}, which {@link JavalinRoomServer} turns into its status.
 */
final class ParticipantRoutes {
    static final String JSON = "application/json; charset=utf-8";
    private static final String BEARER = "Bearer ";

    private final ParticipantDoor door;
    private final JsonBodies bodies;
    private final JsonText json;
    private final EventStreams streams;

    ParticipantRoutes(ParticipantDoor door, JsonBodies bodies, JsonText json, EventStreams streams) {
        this.door = door;
        this.bodies = bodies;
        this.json = json;
        this.streams = streams;
    }

    /** POST /api/join. */
    void join(Context ctx) {
        ObjectNode body = body(ctx);
        String code = JsonBodies.text(body, "code");
        boolean anonymous = JsonBodies.flag(body, "anonymous", false);
        String name = JsonBodies.text(body, "name", "");
        ParticipantDoor.Joined joined = door.join(code, name, anonymous, client(ctx));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", joined.token());
        answer.put("participantId", joined.participantId());
        answer.put("name", joined.name());
        answer.put("anonymous", joined.anonymous());
        answer(ctx, answer);
    }

    /** GET /api/state. */
    void state(Context ctx) {
        answer(ctx, door.view(bearer(ctx), client(ctx)));
    }

    /** POST /api/cards. */
    void addCard(Context ctx) {
        String token = bearer(ctx);
        ObjectNode body = body(ctx);
        answer(ctx, door.addCard(token, JsonBodies.text(body, "id"), JsonBodies.text(body, "section"),
                JsonBodies.text(body, "text"), client(ctx)));
    }

    /** POST /api/dots. */
    void dot(Context ctx) {
        String token = bearer(ctx);
        ObjectNode body = body(ctx);
        answer(ctx, door.dot(token, JsonBodies.text(body, "id"), JsonBodies.wholeNumber(body, "card"),
                JsonBodies.flag(body, "place"), client(ctx)));
    }

    /**
     * Before GET /api/events: the token must work now, so that a stale one gets a plain 401 (the page joins again)
     * instead of a stream.
     */
    void checkFollower(Context ctx) {
        door.view(queryToken(ctx), client(ctx));
    }

    /** GET /api/events, once {@link #checkFollower} let it through. */
    void follow(SseClient client) {
        Context ctx = client.ctx();
        streams.follow(client, door, queryToken(ctx), client(ctx));
    }

    private ObjectNode body(Context ctx) {
        try {
            return bodies.read(ctx.req().getContentType(), ctx.req().getContentLengthLong(), ctx.req().getInputStream());
        } catch (IOException e) {
            throw new WebRefusal(400, "The request could not be read.");
        }
    }

    private void answer(Context ctx, Object value) {
        ctx.contentType(JSON).result(json.of(value));
    }

    /** The device's own address, as the connection shows it (no forwarding header is believed). */
    private static String client(Context ctx) {
        return ctx.req().getRemoteAddr();
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER) || header.length() == BEARER.length()) {
            throw notJoined();
        }
        return header.substring(BEARER.length()).trim();
    }

    private static String queryToken(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null || token.isBlank()) {
            throw notJoined();
        }
        return token;
    }

    private static WebRefusal notJoined() {
        return new WebRefusal(401, "Join the workshop first: this device has no participant token.");
    }
}
