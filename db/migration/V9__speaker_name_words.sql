-- A surname ("Putin") or a family name written first ("Xi") finds its speaker through these two indexes.
CREATE INDEX speaker_alias_last_word_idx ON speaker_alias ((substring(alias_key from '[^ ]+$')));
CREATE INDEX speaker_alias_first_word_idx ON speaker_alias ((split_part(alias_key, ' ', 1)));
