package news.wireline.events;

/**
 * Something a story is about. {@code confidence} is in [0, 1]; {@code mentions} counts how often
 * the body and headline name it, under any of its aliases.
 */
public record Tag(String name, TagType type, double confidence, int mentions) {

    public enum TagType {
        PERSON,
        PLACE,
        ORGANISATION,
        SUBJECT,
        KEYWORD
    }
}
