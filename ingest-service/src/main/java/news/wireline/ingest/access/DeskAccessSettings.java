package news.wireline.ingest.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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

    /**
     * @param versionsFromZero the desk numbers a story's first ninjs {@code version} "0", its
     *                         correction "1" and so on (AP does): each reads as one more, so "0",
     *                         "1", "2" become Wireline's versions 1, 2, 3, at both doors
     */
    public record Desk(
            String name,
            String keySha256,
            @DefaultValue("false") boolean versionsFromZero) {
        public Desk {
            DeskNames.require(name, "wireline.ingest.access.desks[].name");
        }
    }
}
