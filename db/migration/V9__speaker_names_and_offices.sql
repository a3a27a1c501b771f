-- A surname ("Putin") or a family name written first ("Xi") finds its speaker through these two indexes.
CREATE INDEX speaker_alias_last_word_idx ON speaker_alias ((substring(alias_key from '[^ ]+$')));
CREATE INDEX speaker_alias_first_word_idx ON speaker_alias ((split_part(alias_key, ' ', 1)));

-- Offices are imported from Wikidata JSON dumps (format=wikidata).
ALTER TABLE import_job DROP CONSTRAINT import_job_format_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_format_check CHECK (format IN ('quotecheck', 'quotebank', 'wikidata'));
