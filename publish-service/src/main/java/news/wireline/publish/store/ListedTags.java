package news.wireline.publish.store;

import java.util.List;
import news.wireline.events.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A listing's best tags as the store holds them: JSON that {@link StoryWriter} wrote and a
 * {@code jsonb} column checked. The JSON feed writes them out as they are, since reading a page's
 * two hundred tags into objects only to write them again was half of what a feed page cost; a
 * page that shows their names reads them.
 */
public record ListedTags(String json) {

    private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() {};
    private static final JsonMapper READER = JsonMapper.builder().build();

    public List<Tag> tags() {
        return READER.readValue(json, TAGS);
    }
}
