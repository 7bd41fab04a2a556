package news.wireline.enrich.subjects;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One IPTC Media Topic: {@code code} like "medtop:16000000", its English label, the code of its
 * parent (null at the top level) and our trigger phrases, already analysed into terms.
 */
record MediaTopic(String code, String label, @Nullable String parent, List<List<String>> triggers) {

    MediaTopic {
        triggers = List.copyOf(triggers);
    }

    boolean topLevel() {
        return parent == null;
    }

    /** The tag name: code first, so consumers can split on the first space ("medtop:11000000 politics"). */
    String tagName() {
        return code + " " + label;
    }
}
