package org.valuebench.app.join;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * A room on a real workbench (the café canvas of {@link WorkbenchFixture}) with a running workshop of Ann and Bo;
 * its use cases run synchronously on the calling thread, the listener is a double that records start and close,
 * the notifier runs at once, and the room's clock moves only when told.
 */
final class RoomFixture implements AutoCloseable {
    static final String CLIENT = "192.168.1.31";
    final WorkbenchFixture f;
    final WorkshopActions actions;
    final SyncAccess access;
    final RecordingServer server = new RecordingServer();
    final MovableClock clock = new MovableClock(Instant.parse("2026-05-06T09:00:00Z"));
    final Room room;
    final long workshop;
    final long ann;
    final long bo;
    final List<RoomStatus> statuses = new ArrayList<>();

    RoomFixture(Path dir) {
        f = WorkbenchFixture.withCafe(dir);
        actions = new WorkshopActions().on(f.wb);
        access = new SyncAccess(actions);
        WorkshopRecord r = actions.workshops().start(f.canvas, "Spring offsite", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false).workshop();
        workshop = r.workshop().id();
        ann = r.participants().get(0).id();
        bo = r.participants().get(1).id();
        room = new Room(access, server, clock, new SecureRandom(), Runnable::run);
        room.onStatus(statuses::add);
    }

    RoomStatus open(boolean anonymous) {
        return room.open(workshop, lan(), 0, anonymous);
    }

    static InetAddress lan() {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 1, 20});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    String code() {
        return room.status().code();
    }

    ParticipantDoor.Joined join(String name) {
        return room.join(code(), name, false, CLIENT);
    }

    /** What the window does after its own action: the workshop as committed goes to the room. */
    WorkshopChange windowDoes(Function<WorkshopActions, WorkshopChange> action) {
        WorkshopChange change = access.act(action);
        room.show(change.workshop(), change.change().canvas().orElseThrow());
        return change;
    }

    WorkshopRecord record() {
        return actions.workshops().record(workshop);
    }

    int cardsOnCanvas() {
        return f.content().items().size();
    }

    @Override
    public void close() {
        room.close();
        f.close();
    }

    /** Runs each action at once on the calling thread, one at a time; can hold the next action at a gate. */
    static final class SyncAccess implements WorkshopAccess {
        private final WorkshopActions actions;
        volatile CountDownLatch entered;
        volatile CountDownLatch gate;
        int acts;

        SyncAccess(WorkshopActions actions) {
            this.actions = actions;
        }

        @Override
        public synchronized WorkshopChange act(Function<WorkshopActions, WorkshopChange> action) {
            acts++;
            if (entered != null) {
                entered.countDown();
            }
            if (gate != null) {
                try {
                    if (!gate.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("The test never opened the gate");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return action.apply(actions);
        }

        @Override
        public synchronized <T> T read(Function<WorkshopActions, T> query) {
            return query.apply(actions);
        }
    }

    /** The HTTP listener's double: records where it was started and whether it was closed. */
    static final class RecordingServer implements RoomServer {
        final List<InetAddress> started = new ArrayList<>();
        ParticipantDoor door;
        boolean closed;
        RuntimeException failing;

        @Override
        public Listening start(InetAddress address, int port, ParticipantDoor participants) {
            if (failing != null) {
                throw failing;
            }
            started.add(address);
            door = participants;
            closed = false;
            return new Listening() {
                @Override
                public int port() {
                    return port == 0 ? 8421 : port;
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
