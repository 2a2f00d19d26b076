package org.valuebench.app.join;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.valuebench.app.AppException;

/**
 * The machine's addresses joining can listen on, in the order the dialog offers them: the room's local network
 * (private and link-local addresses) first, addresses reachable beyond the room next (flagged, so the dialog
 * warns), loopback last; IPv4 before IPv6 within each.
 */
final class NetworkChoices {
    private static final System.Logger LOG = System.getLogger(NetworkChoices.class.getName());

    private NetworkChoices() {
    }

    static List<RoomControl.NetworkChoice> ofThisMachine() {
        List<RoomControl.NetworkChoice> found = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(ni.getInetAddresses())) {
                    found.add(choice(ni.getDisplayName(), address));
                }
            }
        } catch (SocketException e) {
            LOG.log(System.Logger.Level.WARNING, "Listing the network interfaces failed", e);
            throw new AppException("The network interfaces could not be listed: " + e.getMessage(), e);
        }
        return ordered(found);
    }

    static RoomControl.NetworkChoice choice(String name, InetAddress address) {
        boolean loopback = address.isLoopbackAddress();
        return new RoomControl.NetworkChoice(name, address, loopback, !loopback && !isLocal(address));
    }

    static List<RoomControl.NetworkChoice> ordered(List<RoomControl.NetworkChoice> choices) {
        List<RoomControl.NetworkChoice> sorted = new ArrayList<>(choices);
        sorted.sort(Comparator.comparingInt(NetworkChoices::rank)
                .thenComparingInt(c -> c.address() instanceof Inet4Address ? 0 : 1));
        return List.copyOf(sorted);
    }

    private static int rank(RoomControl.NetworkChoice c) {
        return c.loopback() ? 2 : c.publicAddress() ? 1 : 0;
    }

    /** 10/8, 172.16/12, 192.168/16, 169.254/16, fc00::/7 and fe80::/10: addresses that stay in the room. */
    static boolean isLocal(InetAddress address) {
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet6Address && (bytes[0] & 0xFE) == 0xFC;
    }

    /** "http://192.168.1.20:8421/", IPv6 in brackets without its zone (the participant's device has its own). */
    static String address(InetAddress address, int port) {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        return "http://" + (address instanceof Inet6Address ? "[" + shortened(host) + "]" : host) + ":" + port + "/";
    }

    /** "fd00:0:0:0:0:0:0:2" as people type it, "fd00::2": the longest run of zero groups (RFC 5952) as "::". */
    static String shortened(String full) {
        String[] groups = full.split(":");
        int bestAt = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestAt = i;
                bestLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        if (bestAt < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestAt));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestAt + bestLength, groups.length));
        return head + "::" + tail;
    }
}
