-- The span the story was stored in, and whether its trace is sampled, beside its trace id: the
-- relay's span is that span's child, so the published record's traceparent continues the exact
-- span, and a sampled story's relay span is exported in its trace. Null where the story came
-- without a trace context, and for entries written before these columns.
ALTER TABLE outbox
    ADD COLUMN parent_span_id text,
    ADD COLUMN trace_sampled  boolean;
