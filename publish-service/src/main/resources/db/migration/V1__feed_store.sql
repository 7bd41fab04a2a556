-- The current version of every story; the feed reads only this table.
CREATE TABLE story (
    story_id           text        PRIMARY KEY,
    version            integer     NOT NULL,
    desk               text,
    headline           text        NOT NULL,
    section            text,
    content_hash       text        NOT NULL,
    document           jsonb       NOT NULL,
    first_published_at timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

-- Newest first with a keyset cursor: (first_published_at, story_id) is unique and ordered.
CREATE INDEX story_newest_first ON story (first_published_at DESC, story_id DESC);

-- Every version ever stored, so a correction never erases what was published before it.
CREATE TABLE story_version (
    story_id     text        NOT NULL,
    version      integer     NOT NULL,
    content_hash text        NOT NULL,
    document     jsonb       NOT NULL,
    stored_at    timestamptz NOT NULL,
    PRIMARY KEY (story_id, version)
);
