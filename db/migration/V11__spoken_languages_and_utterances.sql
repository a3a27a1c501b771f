-- Quotes said in another language (issue: originals and translations).
-- spoken_language: the language the words were spoken in; language stays the language of the stored
-- text. They differ for a translation (Putin spoke Russian, DW printed English).
ALTER TABLE quote ADD COLUMN spoken_language VARCHAR(35);
ALTER TABLE quote_aud ADD COLUMN spoken_language VARCHAR(35);
UPDATE quote SET spoken_language = language;

-- Quotes rendering one utterance (the original and each outlet's translation) share an utterance; a
-- quote alone has none. The label names it in requests and import lines ("sco-2024-putin-best-period"),
-- or is made from its number when quotes are linked without one.
CREATE SEQUENCE utterance_seq;
CREATE TABLE utterance (
    id     BIGINT        PRIMARY KEY DEFAULT nextval('utterance_seq'),
    label  VARCHAR(200)  NOT NULL UNIQUE
);
ALTER TABLE quote ADD COLUMN utterance_id BIGINT REFERENCES utterance (id);
ALTER TABLE quote_aud ADD COLUMN utterance_id BIGINT;
CREATE INDEX quote_utterance_idx ON quote (utterance_id) WHERE utterance_id IS NOT NULL;

-- The languages a speaker speaks in public, first the usual one: the default spoken language of
-- their quotes stored in another language.
ALTER TABLE speaker ADD COLUMN languages TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE speaker_aud ADD COLUMN languages TEXT[];
