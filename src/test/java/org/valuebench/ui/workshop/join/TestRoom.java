package org.valuebench.ui.workshop.join;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.valuebench.app.AppException;
import org.valuebench.app.join.RoomControl;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The facilitator's side of a room for the console's tests: three networks (the room's, a public one, loopback),
 * opening and closing as the contract says, and what the console told it kept for the test to read. The real
 * room and its listener are tested in app.join and web.
 */
public final class TestRoom implements RoomControl {
    public static final NetworkChoice LAN = choice("Wi-Fi (wlan0)", "192.168.1.20", false, false);
    public static final NetworkChoice PUBLIC = choice("Cable (eth0)", "203.0.113.5", false, true);
    public static final NetworkChoice LOOPBACK = choice("This computer (lo)", "127.0.0.1", true, false);
    public final List<WorkshopRecord> shown = java.util.Collections.synchronizedList(new ArrayList<>());
    public final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    String refuseOpen;
    private Consumer<RoomStatus> listener = s -> { };
    private RoomStatus status = RoomStatus.closed();

    private static NetworkChoice choice(String name, String address, boolean loopback, boolean publicAddress) {
        try {
            return new NetworkChoice(name, InetAddress.getByName(address), loopback, publicAddress);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public List<NetworkChoice> networks() {
        return List.of(LAN, PUBLIC, LOOPBACK);
    }

    @Override
    public synchronized RoomStatus open(long workshopId, InetAddress address, int port, boolean allowAnonymous) {
        calls.add("open " + workshopId + " " + address.getHostAddress() + ":" + port + (allowAnonymous ? " anonymous"
                : ""));
        if (refuseOpen != null) {
            throw new AppException(refuseOpen);
        }
        if (!status.open()) {
            String at = "http://" + address.getHostAddress() + ":" + (port == 0 ? 8421 : port) + "/";
            status = new RoomStatus(true, "K7MQ2P", at, at + "#K7MQ2P", allowAnonymous, List.of(), 0);
        }
        return status;
    }

    @Override
    public synchronized RoomStatus close() {
        calls.add("close");
        status = RoomStatus.closed();
        return status;
    }

    @Override
    public RoomStatus status() {
        return status;
    }

    @Override
    public void show(WorkshopRecord record, CanvasContent canvas) {
        shown.add(record);
    }

    @Override
    public void onStatus(Consumer<RoomStatus> newListener) {
        listener = newListener;
    }

    /** A device joins (or the status otherwise changes) on the room's side: the console hears of it. */
    public synchronized void joined(String name, int cards, boolean connected, int failed) {
        List<RoomStatus.Member> members = new ArrayList<>(status.members());
        members.add(new RoomStatus.Member(members.size() + 1, name, false, cards, connected,
                Instant.parse("2026-03-04T10:20:00Z")));
        status = new RoomStatus(true, status.code(), status.address(), status.joinLink(), status.allowAnonymous(),
                members, failed);
        listener.accept(status);
    }
}
