package org.valuebench.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.join.Room;
import org.valuebench.app.join.WorkshopAccess;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The real thing on loopback: app.join.Room behind the Javalin listener, on a real workspace file (the café canvas
 * of {@link WorkbenchFixture}) with a running workshop of Ann and Bo. Use cases run on the calling thread, one at a
 * time (as the window's database thread would run them); the room's clock is the real one.
 */
final class RoomOnLoopback implements AutoCloseable {
    final WorkbenchFixture f;
    final WorkshopActions actions;
    final Room room;
    final long workshop;
    Http http;

    RoomOnLoopback(Path dir) {
        f = WorkbenchFixture.withCafe(dir);
        actions = new WorkshopActions().on(f.wb);
        WorkshopRecord r = actions.workshops().start(f.canvas, "Spring offsite", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false).workshop();
        workshop = r.workshop().id();
        room = new Room(new LockedAccess(actions), new JavalinRoomServer(Duration.ofMillis(500)), Clock.systemUTC(),
                new SecureRandom(), Runnable::run);
        open();
    }

    void open() {
        room.open(workshop, loopback(), 0, false);
        http = new Http(URI.create(room.status().address()).getPort());
    }

    int port() {
        return URI.create(http.base()).getPort();
    }

    String code() {
        return room.status().code();
    }

    /** What the window does: runs the action and shows the room the workshop as committed. */
    void windowDoes(Function<WorkshopActions, WorkshopChange> action) {
        WorkshopChange change;
        synchronized (actions) {
            change = action.apply(actions);
        }
        room.show(change.workshop(), change.change().canvas().orElseThrow());
    }

    void toStep(String title) {
        while (!record().currentStep().orElseThrow().title().equals(title)) {
            windowDoes(a -> a.workshops().nextStep(workshop));
        }
    }

    WorkshopRecord record() {
        synchronized (actions) {
            return actions.workshops().record(workshop);
        }
    }

    /** Rows in a table of the workspace file, read through a connection of its own. */
    long rows(String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cards, dots, contributions and participants in the file: what no refused request may change. */
    List<Long> counts() {
        return List.of(rows("item"), rows("dot"), rows("contribution"), rows("workshop_participant"), rows("vote"));
    }

    static InetAddress loopback() {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        room.close();
        f.close();
    }

    /** Runs each action on the calling thread, one at a time, like the window's database thread. */
    private static final class LockedAccess implements WorkshopAccess {
        private final WorkshopActions actions;

        LockedAccess(WorkshopActions actions) {
            this.actions = actions;
        }

        @Override
        public WorkshopChange act(Function<WorkshopActions, WorkshopChange> action) {
            synchronized (actions) {
                return action.apply(actions);
            }
        }

        @Override
        public <T> T read(Function<WorkshopActions, T> query) {
            synchronized (actions) {
                return query.apply(actions);
            }
        }
    }
}
