-- V6 raised the sample of search_vector's statistics tenfold so that verification could read the
-- most common lexemes from pg_stats. Verification now finds common words in its own in-memory
-- index, and nothing reads those statistics beyond the planner, for which the default sample is
-- plenty. The large sample made every ANALYZE of quote read the whole table: 3.3 s at a million
-- quotes (the last step of a bulk load), 1.1 s with the default.
ALTER TABLE quote ALTER COLUMN search_vector SET STATISTICS -1;
