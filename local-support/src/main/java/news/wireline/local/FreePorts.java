package news.wireline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the OS for a localhost port nobody is listening on, and never hands the same port out twice
 * in one JVM: a port is free only until its user binds it, and the OS may offer a port it has just
 * freed again, so two ports asked for before either is bound (a broker's two listeners, a
 * service's two servers) could otherwise be one.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    public static int next() {
        int port = unbound();
        while (!HANDED_OUT.add(port)) {
            port = unbound();
        }
        return port;
    }

    private static int unbound() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
