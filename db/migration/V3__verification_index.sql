-- Candidate retrieval for verification: hashes of the word bigrams ("shingles") of each quote's
-- normalised text, in a GIN-indexed bigint[] queried with && and ranked by overlap. A changed word
-- breaks only the two bigrams around it, so altered claims still share most of their shingles with
-- the real quote, fragments share all of theirs, and fabricated claims share few, which keeps
-- every kind of claim to a small, indexed candidate set.

-- Bigrams made only of stopwords ("of the", "it is") match too much to say anything; a one-word
-- text is its own single shingle. The claim side uses the very same function, so both always agree.
CREATE OR REPLACE FUNCTION f_shingles(normalized text) RETURNS bigint[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    WITH words AS (
        SELECT word, ord FROM unnest(string_to_array(normalized, ' ')) WITH ORDINALITY AS w(word, ord) WHERE word <> ''
    ), stop AS (
        SELECT ARRAY['a','an','and','are','as','at','be','but','by','for','from','has','have','he','her','his','i','in','is','it',
                     'its','me','my','no','not','of','on','or','our','she','so','that','the','their','them','there','they','this',
                     'to','was','we','were','will','with','you','your','us','do','if','all','would','can','been','what','which',
                     'who','had','than','then','about','up','out','into'] AS words
    )
    SELECT CASE
        WHEN (SELECT count(*) FROM words) = 1 THEN ARRAY[hashtextextended((SELECT word FROM words), 0)]
        ELSE coalesce((
            SELECT array_agg(DISTINCT hashtextextended(w1.word || ' ' || w2.word, 0))
            FROM words w1 JOIN words w2 ON w2.ord = w1.ord + 1, stop
            WHERE NOT (w1.word = ANY (stop.words) AND w2.word = ANY (stop.words))), '{}')
        END
    $$;

ALTER TABLE quote ADD COLUMN shingles BIGINT[] GENERATED ALWAYS AS (f_shingles(normalized_text)) STORED;
CREATE INDEX quote_shingles_idx ON quote USING gin (shingles);

-- PostgreSQL's statistics on this column list its most common elements: the shingles that match
-- too many quotes to be worth a look-up. Verification leaves those out of its candidate query.
ALTER TABLE quote ALTER COLUMN shingles SET STATISTICS 1000;
