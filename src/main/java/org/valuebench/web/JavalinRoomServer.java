package org.valuebench.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.valuebench.app.AppException;
import org.valuebench.app.join.ParticipantDoor;
import org.valuebench.app.join.RoomRefusal;
import org.valuebench.app.join.RoomServer;

/**
 * The participants' listener on Javalin (Jetty 12): bound to the one address given, serving the page's three
 * files and the routes of docs/join-api.md, every answer marked not to be stored, sniffed, framed or referred.
 * Refusals become their 4xx and {@code {"error": …}}; anything unexpected becomes a 500 with a fixed sentence and
 * goes to the program's log, never into the answer.
 */
public final class JavalinRoomServer implements RoomServer {
    /** How often an idle event stream gets a comment (phones' and proxies' idle timeouts are longer). */
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
    static final String UNEXPECTED = "The app could not do that; the facilitator's window says why";

    private static final System.Logger LOG = System.getLogger(JavalinRoomServer.class.getName());
    private static final int MAX_THREADS = 64;
    /** Marks a request whose refusal has been written, so the 404/405 handlers leave its words alone. */
    private static final String ANSWERED = "org.valuebench.web.answered";

    private final Duration keepAlive;
    // Held so the levels stick (java.util.logging keeps loggers weakly): Jetty's and Javalin's start-up chatter
    // stays out of the program's log; their warnings get in.
    private final Logger jettyLog = Logger.getLogger("org.eclipse.jetty");
    private final Logger javalinLog = Logger.getLogger("io.javalin");

    public JavalinRoomServer() {
        this(KEEP_ALIVE);
    }

    /** {@code keepAlive}: how often idle event streams get a comment (tests use a short one). */
    public JavalinRoomServer(Duration keepAlive) {
        this.keepAlive = keepAlive;
        jettyLog.setLevel(Level.WARNING);
        javalinLog.setLevel(Level.WARNING);
    }

    @Override
    public Listening start(InetAddress address, int port, ParticipantDoor door) {
        JsonText json = new JsonText();
        PageFiles page = PageFiles.load();
        EventStreams streams = new EventStreams(json, keepAlive);
        ParticipantRoutes routes = new ParticipantRoutes(door, new JsonBodies(), json, streams);
        Javalin app = Javalin.create(config -> configure(config, page, routes, json));
        try {
            app.start(address.getHostAddress(), port);
        } catch (RuntimeException e) {
            streams.close();
            stopQuietly(app);
            LOG.log(System.Logger.Level.WARNING, "joining could not listen on " + address.getHostAddress() + ":" + port, e);
            throw new AppException("Joining cannot listen on " + address.getHostAddress() + (port == 0 ? "" : ":" + port)
                    + ": " + why(e), e);
        }
        return new Running(app, streams);
    }

    private static void configure(JavalinConfig config, PageFiles page, ParticipantRoutes routes, JsonText json) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = JsonBodies.MAX_BYTES;
        config.jetty.threadPool = threads();
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.routes.before(JavalinRoomServer::protect);
        for (String path : page.paths()) {
            PageFiles.PageFile file = page.at(path).orElseThrow();
            config.routes.get(path, ctx -> ctx.contentType(file.contentType()).result(file.bytes()));
        }
        config.routes.post("/api/join", routes::join);
        config.routes.get("/api/state", routes::state);
        config.routes.post("/api/cards", routes::addCard);
        config.routes.post("/api/dots", routes::dot);
        config.routes.before("/api/events", routes::checkFollower);
        config.routes.sse("/api/events", routes::follow);
        config.routes.exception(RoomRefusal.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            }
            refuse(ctx, e.kind().status(), e.getMessage(), json);
        });
        config.routes.exception(WebRefusal.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage(), json));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), said(e.getStatus()), json));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "a participant's request failed: " + ctx.method() + " " + ctx.path(), e);
            refuse(ctx, 500, UNEXPECTED, json);
        });
        config.routes.error(404, ctx -> plainError(ctx, json));
        config.routes.error(405, ctx -> plainError(ctx, json));
    }

    /** The headers every answer carries. */
    private static void protect(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void refuse(Context ctx, int status, String message, JsonText json) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType(ParticipantRoutes.JSON).result(json.error(message));
    }

    /** Javalin's own 404 and 405 (no such route, wrong method) in our words, unless a refusal already spoke. */
    private static void plainError(Context ctx, JsonText json) {
        if (ctx.attribute(ANSWERED) == null) {
            protect(ctx);
            refuse(ctx, ctx.statusCode(), said(ctx.statusCode()), json);
        }
    }

    private static String said(int status) {
        return switch (status) {
            case 404 -> "There is nothing here.";
            case 405 -> "This address does not take that method.";
            case 413 -> "The request is too big (at most 16 KB).";
            default -> "The request cannot be answered (HTTP " + status + ").";
        };
    }

    private static QueuedThreadPool threads() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
        pool.setName("room-http");
        pool.setDaemon(true);
        return pool;
    }

    private static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "the port is in use or not allowed here.";
            }
        }
        return "the network refused (" + e.getClass().getSimpleName() + ").";
    }

    private static void stopQuietly(Javalin app) {
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not stop a listener that failed to start", e);
        }
    }

    /** A running listener: closing ends every stream, then stops Jetty, which frees the port. */
    private static final class Running implements Listening {
        private final Javalin app;
        private final EventStreams streams;
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(Javalin app, EventStreams streams) {
            this.app = app;
            this.streams = streams;
        }

        @Override
        public int port() {
            return app.port();
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                streams.close();
                app.stop();
            }
        }
    }
}
