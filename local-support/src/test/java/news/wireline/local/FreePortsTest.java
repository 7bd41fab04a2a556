package news.wireline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAskedForOneAfterAnotherDifferAndAreFree() throws IOException {
        int[] ports = IntStream.generate(FreePorts::next).limit(50).toArray();

        assertThat(IntStream.of(ports).distinct().count()).isEqualTo(50);
        for (int port : ports) {
            try (ServerSocket listening = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(listening.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
