-- quotecheck quote store: speakers, sources, quotes and where each quote appeared.
-- Never edit this file once it has landed; add V2__... instead.

-- pg_trgm and unaccent are trusted extensions (PostgreSQL 13+): a database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; an index expression needs an IMMUTABLE wrapper naming its dictionary.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- the key of a quote's normalised wording; convert_to() is only STABLE, but a database's encoding
-- never changes, so the wrapper is IMMUTABLE and may define a generated column
CREATE OR REPLACE FUNCTION f_text_hash(text) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT sha256(convert_to($1, 'UTF8')) $$;

-- ids come from sequences with Hibernate's pooled allocation of 50
CREATE SEQUENCE speaker_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE speaker_alias_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE speaker_role_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE appearance_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE speaker (
    id           BIGINT        PRIMARY KEY,
    name         VARCHAR(300)  NOT NULL,
    -- the normalised name (case, accents and punctuation folded), for duplicate detection
    name_key     VARCHAR(300)  NOT NULL,
    description  VARCHAR(1000),
    wikidata_id  VARCHAR(20)   UNIQUE CHECK (wikidata_id ~ '^Q[1-9][0-9]*$'),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX speaker_name_key_idx ON speaker (name_key);

-- every name a speaker is known by, the canonical name included
CREATE TABLE speaker_alias (
    id          BIGINT        PRIMARY KEY,
    speaker_id  BIGINT        NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias       VARCHAR(300)  NOT NULL,
    alias_key   VARCHAR(300)  NOT NULL CHECK (alias_key <> ''),
    CONSTRAINT speaker_alias_unique UNIQUE (speaker_id, alias_key)
);
CREATE INDEX speaker_alias_key_idx ON speaker_alias (alias_key);
CREATE INDEX speaker_alias_key_trgm_idx ON speaker_alias USING gin (alias_key gin_trgm_ops);

CREATE TABLE speaker_role (
    id            BIGINT        PRIMARY KEY,
    speaker_id    BIGINT        NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    title         VARCHAR(200)  NOT NULL,
    organization  VARCHAR(200),
    valid_from    DATE,
    valid_to      DATE,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX speaker_role_speaker_idx ON speaker_role (speaker_id);

CREATE TABLE source (
    id            BIGINT         PRIMARY KEY,
    url           VARCHAR(2048)  NOT NULL,
    -- the normalised url (lower-case host, no fragment, no tracking parameters): one source per page
    url_key       VARCHAR(2048)  NOT NULL UNIQUE,
    archive_url   VARCHAR(2048),
    outlet        VARCHAR(200),
    title         VARCHAR(1000),
    published_on  DATE,
    kind          VARCHAR(20)    NOT NULL DEFAULT 'article'
                  CHECK (kind IN ('article', 'transcript', 'video', 'press-release', 'social-post', 'other')),
    language      VARCHAR(35),
    agencies      TEXT[]         NOT NULL DEFAULT '{}',
    created_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version       BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX source_outlet_idx ON source (lower(f_unaccent(outlet)) text_pattern_ops);

CREATE TABLE quote (
    id                 BIGINT         PRIMARY KEY,
    text               VARCHAR(5000)  NOT NULL,
    -- maintained by the application's TextNormalizer (the same code that normalises claims)
    normalized_text    TEXT           NOT NULL,
    -- one quote per speaker and normalised wording; a hash keeps the unique index small
    text_hash          BYTEA          GENERATED ALWAYS AS (f_text_hash(normalized_text)) STORED,
    search_vector      TSVECTOR       GENERATED ALWAYS AS (to_tsvector('english', normalized_text)) STORED,
    language           VARCHAR(35),
    speaker_id         BIGINT         NOT NULL REFERENCES speaker (id),
    said_on            DATE,
    context            VARCHAR(1000),
    status             VARCHAR(20)    NOT NULL DEFAULT 'unreviewed'
                       CHECK (status IN ('unreviewed', 'verified', 'disputed', 'retracted')),
    retraction_reason  VARCHAR(1000),
    created_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version            BIGINT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX quote_speaker_text_hash_idx ON quote (speaker_id, text_hash);
CREATE INDEX quote_text_hash_idx ON quote (text_hash);
CREATE INDEX quote_said_on_idx ON quote (said_on);
CREATE INDEX quote_normalized_trgm_idx ON quote USING gin (normalized_text gin_trgm_ops);
CREATE INDEX quote_search_vector_idx ON quote USING gin (search_vector);

-- a quote can appear in many sources; offsets point into the source's text where known
CREATE TABLE appearance (
    id            BIGINT       PRIMARY KEY,
    quote_id      BIGINT       NOT NULL REFERENCES quote (id),
    source_id     BIGINT       NOT NULL REFERENCES source (id),
    start_offset  INTEGER      CHECK (start_offset >= 0),
    end_offset    INTEGER      CHECK (end_offset >= 0),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT appearance_unique UNIQUE (quote_id, source_id),
    CHECK (start_offset IS NULL OR end_offset IS NULL OR start_offset <= end_offset)
);
CREATE INDEX appearance_source_idx ON appearance (source_id);
