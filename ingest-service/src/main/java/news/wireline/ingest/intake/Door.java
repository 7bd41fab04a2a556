package news.wireline.ingest.intake;

/** How a story reached ingest; {@link #tag} is the {@code door} its counters are kept under. */
enum Door {
    HTTP("http"),
    KAFKA("kafka");

    private final String tag;

    Door(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
