package news.wireline.ingest.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The wire desks allowed to send stories over HTTP. Only a SHA-256 of each key is configured, so
 * neither the repository nor the running service holds a usable key.
 *
 * @param desks each desk's name ({@link DeskNames}), stamped on its stories, and the hex SHA-256 of its API key
 */
@ConfigurationProperties("wireline.ingest.access")
public record DeskAccessSettings(List<Desk> desks) {

    public DeskAccessSettings {
        desks = desks == null ? List.of() : List.copyOf(desks);
    }

    public record Desk(String name, String keySha256) {
        public Desk {
            DeskNames.require(name, "wireline.ingest.access.desks[].name");
        }
    }
}
