-- Whether readers see a story: LIVE; held back until embargoed_until (EMBARGOED); or removed by a
-- kill (WITHDRAWN). Rows stored before releases existed were all live, at the default urgency.
ALTER TABLE story
    ADD COLUMN state           text        NOT NULL DEFAULT 'LIVE'
        CONSTRAINT story_state_known CHECK (state IN ('LIVE', 'EMBARGOED', 'WITHDRAWN')),
    ADD COLUMN urgency         smallint    NOT NULL DEFAULT 5
        CONSTRAINT story_urgency_range CHECK (urgency BETWEEN 1 AND 9),
    ADD COLUMN embargoed_until timestamptz,
    ADD COLUMN withdrawn_at    timestamptz,
    -- the trace id of the version stored last, so an event the release job emits later still joins its trace
    ADD COLUMN trace_id        text;
-- Stories already stored kept what their release said only in the document: a kill there was
-- shown as live, and is withdrawn now. An embargo there was already broken, so it stays live.
UPDATE story SET
    urgency      = coalesce((document -> 'release' ->> 'urgency')::smallint, 5),
    state        = CASE WHEN document -> 'release' ->> 'status' = 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'LIVE' END,
    withdrawn_at = CASE WHEN document -> 'release' ->> 'status' = 'WITHDRAWN' THEN updated_at END;
ALTER TABLE story ALTER COLUMN state DROP DEFAULT, ALTER COLUMN urgency DROP DEFAULT;

-- first_published_at is when the story became visible; an embargoed story gets it when released.
--
-- Every reader query filters on state = 'LIVE' and pages newest first by (first_published_at,
-- story_id), which is unique. Partial indexes hold only live rows, in exactly that order, so a page
-- at any depth is an index range scan that stops after LIMIT rows: no sort, no scan of withdrawn
-- or embargoed stories, whether the table holds a thousand stories or a million.
DROP INDEX story_newest_first;
CREATE INDEX story_live_newest ON story (first_published_at DESC, story_id DESC) WHERE state = 'LIVE';
-- ?section= matches case-insensitively; the expression index keeps the same order per section.
CREATE INDEX story_live_section ON story (lower(section), first_published_at DESC, story_id DESC) WHERE state = 'LIVE';
-- The release job's "what is due" query reads only embargoed rows, oldest embargo first.
CREATE INDEX story_embargo_due ON story (embargoed_until) WHERE state = 'EMBARGOED';

-- The current version's tags, one row per tag. published_at copies story.first_published_at so a
-- tag feed is one range of story_tag_newest in feed order; the join to story only drops rows that
-- are not live, which are few.
CREATE TABLE story_tag (
    story_id     text             NOT NULL REFERENCES story ON DELETE CASCADE,
    tag_key      text             NOT NULL,
    name         text             NOT NULL,
    type         text             NOT NULL,
    confidence   double precision NOT NULL,
    mentions     integer          NOT NULL,
    rank         smallint         NOT NULL,
    published_at timestamptz      NOT NULL,
    PRIMARY KEY (story_id, tag_key)
);
CREATE INDEX story_tag_newest ON story_tag (tag_key, published_at DESC, story_id DESC);

-- The current version's links to related stories, best first. Readers are shown a link only while
-- the story it points to is live, with that story's current headline.
CREATE TABLE story_related (
    story_id    text             NOT NULL REFERENCES story ON DELETE CASCADE,
    rank        smallint         NOT NULL,
    related_id  text             NOT NULL,
    score       double precision NOT NULL,
    shared_tags jsonb            NOT NULL,
    PRIMARY KEY (story_id, rank)
);

INSERT INTO story_tag (story_id, tag_key, name, type, confidence, mentions, rank, published_at)
SELECT s.story_id, lower(t.tag ->> 'name'), t.tag ->> 'name', t.tag ->> 'type', (t.tag ->> 'confidence')::double precision,
       (t.tag ->> 'mentions')::integer, t.rank, s.first_published_at
FROM story s, jsonb_array_elements(s.document -> 'tags') WITH ORDINALITY AS t(tag, rank)
ON CONFLICT DO NOTHING;

INSERT INTO story_related (story_id, rank, related_id, score, shared_tags)
SELECT s.story_id, r.rank, r.link ->> 'id', (r.link ->> 'score')::double precision,
       coalesce(r.link -> 'sharedTags', '[]'::jsonb)
FROM story s, jsonb_array_elements(s.document -> 'related') WITH ORDINALITY AS r(link, rank);

-- The transactional outbox: a StoryPublished event is written here in the same transaction as the
-- story change it announces, and the relay copies it to wireline.stories.published afterwards. So
-- the store and the topic cannot disagree after a crash: a committed change is always sent (at
-- least once), a rolled-back one never.
--
-- seq orders sending; a story's changes are written one transaction at a time, so its events are
-- in seq order. position is given when the relay sent the event, by one relay at a time, so it
-- only grows in the order events became public: the live stream uses it as its event id, and a
-- reader reconnecting with Last-Event-ID = n is replayed everything with position > n.
CREATE TABLE outbox (
    seq        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id   text        NOT NULL,
    version    integer     NOT NULL,
    change     text        NOT NULL,
    event      jsonb       NOT NULL,
    desk       text,
    trace_id   text,
    created_at timestamptz NOT NULL,
    position   bigint      UNIQUE,
    sent_at    timestamptz
);
CREATE SEQUENCE outbox_position;
CREATE INDEX outbox_unsent ON outbox (seq) WHERE position IS NULL;
