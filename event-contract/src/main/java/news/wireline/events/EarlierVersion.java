package news.wireline.events;

/**
 * One earlier version of a story, as much as ingest needs to recognise its copy when it is sent
 * again: the version's number and the first 8 bytes of its {@code contentHash}, as 16 hex digits.
 */
public record EarlierVersion(int version, String fingerprint) {}
