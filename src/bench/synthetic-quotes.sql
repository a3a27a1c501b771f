-- Synthetic speakers for the benchmark quotes, and the bulk-load frame around COPY: indexes are
-- dropped before and built once after (maintaining GIN indexes row by row is what makes bulk loads slow).
\set ON_ERROR_STOP on
INSERT INTO speaker (id, name, name_key, description, created_at, updated_at, version)
SELECT 10000000 + g, 'Bench Speaker ' || g, 'bench speaker ' || g, 'synthetic', now(), now(), 0
FROM generate_series(1, 5000) g
ON CONFLICT DO NOTHING;
INSERT INTO speaker_alias (id, speaker_id, alias, alias_key)
SELECT 10000000 + g, 10000000 + g, 'Bench Speaker ' || g, 'bench speaker ' || g
FROM generate_series(1, 5000) g
ON CONFLICT DO NOTHING;
DROP INDEX IF EXISTS quote_normalized_trgm_idx, quote_search_vector_idx, quote_shingles_idx, quote_speaker_text_hash_idx, quote_text_hash_idx;
