\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';
CREATE UNIQUE INDEX quote_speaker_text_hash_idx ON quote (speaker_id, text_hash);
CREATE INDEX quote_text_hash_idx ON quote (text_hash);
CREATE INDEX quote_shingles_idx ON quote USING gin (shingles);
CREATE INDEX quote_normalized_trgm_idx ON quote USING gin (normalized_text gin_trgm_ops);
CREATE INDEX quote_search_vector_idx ON quote USING gin (search_vector);
ANALYZE quote;
