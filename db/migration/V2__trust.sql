-- Trust: API keys, idempotent POSTs and the audit history (Hibernate Envers tables).

CREATE SEQUENCE api_key_seq START WITH 1 INCREMENT BY 50;

-- keys are shown once at creation; only their SHA-256 is kept
CREATE TABLE api_key (
    id            BIGINT        PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    role          VARCHAR(10)   NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    key_hash      BYTEA         NOT NULL UNIQUE,
    -- the first characters of the key, so a person can tell keys apart in listings
    key_prefix    VARCHAR(16)   NOT NULL,
    created_by    VARCHAR(100),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);

-- one row per (caller, Idempotency-Key): the first response is replayed for 24 hours at least
CREATE TABLE idempotency_key (
    caller           VARCHAR(100)   NOT NULL,
    idem_key         VARCHAR(255)   NOT NULL,
    request_method   VARCHAR(10)    NOT NULL,
    request_path     VARCHAR(2048)  NOT NULL,
    request_hash     BYTEA          NOT NULL,
    response_status  INTEGER,
    response_body    TEXT,
    response_type    VARCHAR(100),
    response_location VARCHAR(2048),
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- Envers: one revision per transaction, with who made it
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE revinfo (
    rev       BIGINT        PRIMARY KEY,
    revtstmp  BIGINT        NOT NULL,
    actor     VARCHAR(100)  NOT NULL
);

CREATE TABLE quote_aud (
    id                 BIGINT    NOT NULL,
    rev                BIGINT    NOT NULL REFERENCES revinfo (rev),
    revtype            SMALLINT,
    text               VARCHAR(5000),
    normalized_text    TEXT,
    language           VARCHAR(35),
    speaker_id         BIGINT,
    said_on            DATE,
    context            VARCHAR(1000),
    status             VARCHAR(20),
    retraction_reason  VARCHAR(1000),
    created_at         TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

CREATE TABLE appearance_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    quote_id      BIGINT,
    source_id     BIGINT,
    start_offset  INTEGER,
    end_offset    INTEGER,
    created_at    TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
CREATE INDEX appearance_aud_quote_idx ON appearance_aud (quote_id);

CREATE TABLE speaker_aud (
    id           BIGINT   NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    name         VARCHAR(300),
    name_key     VARCHAR(300),
    description  VARCHAR(1000),
    wikidata_id  VARCHAR(20),
    created_at   TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

CREATE TABLE speaker_alias_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    speaker_id  BIGINT,
    alias       VARCHAR(300),
    alias_key   VARCHAR(300),
    PRIMARY KEY (id, rev)
);

CREATE TABLE speaker_role_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    speaker_id    BIGINT,
    title         VARCHAR(200),
    organization  VARCHAR(200),
    valid_from    DATE,
    valid_to      DATE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE source_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    url           VARCHAR(2048),
    url_key       VARCHAR(2048),
    archive_url   VARCHAR(2048),
    outlet        VARCHAR(200),
    title         VARCHAR(1000),
    published_on  DATE,
    kind          VARCHAR(20),
    language      VARCHAR(35),
    agencies      TEXT[],
    created_at    TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
