package org.valuebench.web;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.valuebench.app.join.ParticipantDoor;
import org.valuebench.app.join.ParticipantView;
import org.valuebench.app.join.RoomRefusal;

/**
 * The open event streams of one listener (GET /api/events): each follows the room for one device and sends
 * {@code event: view} with the view as data, a {@code : keep-alive} comment every so often (which also tells a
 * device that went away: the write fails and the stream closes), and {@code event: ended} before it closes when
 * the token stops working or the listener closes.
 */
final class EventStreams implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EventStreams.class.getName());

    private final JsonText json;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker;

    EventStreams(JsonText json, Duration keepAlive) {
        this.json = json;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "room-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        long every = keepAlive.toMillis();
        ticker.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
    }

    /** Starts following the room for the device behind {@code client}; returns at once, the stream stays open. */
    void follow(SseClient client, ParticipantDoor door, String token, String address) {
        Stream stream = new Stream(client);
        open.add(stream);
        client.keepAlive();
        client.onClose(() -> {
            open.remove(stream);
            stream.stopFollowing();
        });
        try {
            stream.following(door.follow(token, address, stream::view, stream::end));
        } catch (RoomRefusal refused) {
            // The token stopped working between the check and here: the device joins again.
            stream.end();
        }
    }

    int openCount() {
        return open.size();
    }

    private void keepAlive() {
        open.forEach(Stream::keepAlive);
    }

    /** Ends every stream ({@code event: ended}) and stops the keep-alive. */
    @Override
    public void close() {
        ticker.shutdownNow();
        open.forEach(Stream::end);
        open.clear();
    }

    /**
     * One device's stream. The room's thread, the ticker and closing write to it one at a time; the room's handle
     * is closed outside this object's lock, so a room that calls in while it holds its own lock cannot deadlock.
     */
    private final class Stream {
        private final SseClient client;
        private AutoCloseable following;
        private boolean done;

        Stream(SseClient client) {
            this.client = client;
        }

        synchronized void view(ParticipantView view) {
            if (!done) {
                client.sendEvent("view", json.of(view));
            }
        }

        synchronized void keepAlive() {
            if (!done) {
                client.sendComment("keep-alive");
            }
        }

        /** Says {@code ended} and closes: the device joins again. */
        void end() {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                client.sendEvent("ended", "{}");
            }
            client.close();
        }

        void following(AutoCloseable handle) {
            synchronized (this) {
                if (!done) {
                    following = handle;
                    return;
                }
            }
            stop(handle);
        }

        /** The device went away or the stream ended: the room stops sending to it. */
        void stopFollowing() {
            AutoCloseable handle;
            synchronized (this) {
                done = true;
                handle = following;
                following = null;
            }
            if (handle != null) {
                stop(handle);
            }
        }

        private void stop(AutoCloseable handle) {
            try {
                handle.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "could not stop following the room for a device", e);
            }
        }
    }
}
