-- How far the relay has accounted for each partition of wireline.stories.published: every record
-- below next_offset is known to be marked sent. After a crash between sending events and marking
-- them, the relay reads the partition from here, marks the events it finds there as sent and does
-- not send them again, so a consumer never sees one outbox event twice.
CREATE TABLE outbox_relayed (
    topic_partition integer PRIMARY KEY,
    next_offset     bigint  NOT NULL
);

-- This feed store's name on the records it sends. A store rebuilt into an empty database reads
-- the same topic, and must not take another store's outbox entries for its own.
CREATE TABLE outbox_origin (
    origin text PRIMARY KEY
);
INSERT INTO outbox_origin VALUES (gen_random_uuid()::text);
