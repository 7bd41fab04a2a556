-- What a feed page lists of a story, written beside its document: the first paragraph and the ten
-- best tags (enrich lists tags best first; ListedStory.BEST_TAGS). A page of twenty then reads a few
-- hundred bytes a row, kept in the row itself, instead of twenty whole documents of up to a hundred
-- tags each, compressed out of line (TOAST), read and parsed for the few fields a listing shows.
ALTER TABLE story
    ADD COLUMN summary   text,
    ADD COLUMN best_tags jsonb NOT NULL DEFAULT '[]';

UPDATE story SET
    summary   = document -> 'story' -> 'body' ->> 0,
    best_tags = coalesce((SELECT jsonb_agg(t.tag ORDER BY t.n)
                          FROM jsonb_array_elements(document -> 'tags') WITH ORDINALITY AS t(tag, n)
                          WHERE t.n <= 10), '[]');

ALTER TABLE story ALTER COLUMN best_tags DROP DEFAULT;
