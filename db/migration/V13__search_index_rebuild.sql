-- Rebuilds of the OpenSearch index behind its alias (search/README.md): a new concrete index is
-- filled from the quote table while the alias keeps naming the old one, then the alias moves. One
-- row per rebuild, so that it can be followed and, after the indexer's pod dies, resumed by the
-- next one. At most one rebuild per alias is unfinished at a time (the partial unique index).
CREATE TABLE search_index_rebuild (
    id           BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alias        TEXT         NOT NULL,
    state        VARCHAR(20)  NOT NULL CHECK (state IN ('pending', 'indexing', 'swapped', 'done', 'failed')),
    old_index    TEXT,
    new_index    TEXT,
    -- quotes written into the new index (replays after a crash counted again)
    indexed      BIGINT       NOT NULL DEFAULT 0,
    requested_by VARCHAR(100) NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at   TIMESTAMPTZ,
    swapped_at   TIMESTAMPTZ,
    finished_at  TIMESTAMPTZ,
    error        VARCHAR(1000)
);

CREATE UNIQUE INDEX search_index_rebuild_one_at_a_time ON search_index_rebuild (alias)
    WHERE state IN ('pending', 'indexing', 'swapped');
