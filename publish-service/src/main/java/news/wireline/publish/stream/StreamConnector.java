package news.wireline.publish.stream;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web server's side of the stream: how much a connection may hold unread in the kernel. */
@Configuration(proxyBeanMethods = false)
class StreamConnector {

    @Bean
    TomcatConnectorCustomizer streamSendBuffer(StreamSettings settings) {
        return connector -> {
            if (settings.sendBuffer() != null) {
                connector.setProperty(
                        "socket.txBufSize", Long.toString(settings.sendBuffer().toBytes()));
            }
        };
    }
}
