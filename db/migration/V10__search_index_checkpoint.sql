-- Where the OpenSearch indexer stands in the quote change feed (V7), per index: every change number
-- up to change_seq is written to that index. One indexer at a time holds an advisory lock for the
-- index; whichever pod takes over resumes from here.
CREATE TABLE search_index_checkpoint (
    index_name TEXT PRIMARY KEY,
    change_seq BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
