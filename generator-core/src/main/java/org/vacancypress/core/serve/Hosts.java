package org.vacancypress.core.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Host header values a preview answers to: the loopback names and addresses, and the
 * address it listens on; on every address ("0.0.0.0"), this machine's addresses and name. A
 * page on another site that rebinds its own name to 127.0.0.1 sends its own name, and is refused.
 */
final class Hosts {

    private Hosts() {
    }

    static Set<String> of(InetSocketAddress listening) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        InetAddress address = listening.getAddress();
        names.add(name(address));
        if (address.isAnyLocalAddress()) {
            try {
                for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    Collections.list(network.getInetAddresses()).forEach(local -> names.add(name(local)));
                }
                names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
            } catch (SocketException | java.net.UnknownHostException e) {
                // Only the loopback names, then: the preview still works on this machine.
            }
        }
        int port = listening.getPort();
        Set<String> hosts = new HashSet<>();
        for (String name : names) {
            hosts.add(name + ":" + port);
            if (port == 80) {
                hosts.add(name);
            }
        }
        return Set.copyOf(hosts);
    }

    /** The address as a Host header writes it: IPv6 in brackets, without a zone. */
    static String name(InetAddress address) {
        String text = address.getHostAddress().toLowerCase(Locale.ROOT);
        int zone = text.indexOf('%');
        text = zone < 0 ? text : text.substring(0, zone);
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }
}
