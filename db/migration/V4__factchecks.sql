-- Fact-check records: a newsroom's reviewed and published answer about a circulating claim,
-- exportable as schema.org ClaimReview.

CREATE SEQUENCE factcheck_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE factcheck (
    id               BIGINT         PRIMARY KEY,
    claim_text       VARCHAR(5000)  NOT NULL,
    -- the claimant as the claim gave it, and the stored speaker it resolved to
    claimant         VARCHAR(300),
    speaker_id       BIGINT         REFERENCES speaker (id),
    -- where and when the claim circulated
    appearance_url   VARCHAR(2048),
    appearance_date  DATE,
    rating           VARCHAR(20)    NOT NULL CHECK (rating IN ('VERIFIED', 'FRAGMENT', 'ALTERED', 'MISATTRIBUTED', 'WRONG_DATE',
                                                           'NOT_FOUND', 'UNSUPPORTED', 'MISLEADING_CONTEXT')),
    reviewer_name    VARCHAR(200)   NOT NULL,
    reviewer_url     VARCHAR(2048),
    author_name      VARCHAR(200),
    review_date      DATE,
    explanation      VARCHAR(2000),
    article_url      VARCHAR(2048),
    language         VARCHAR(35)    NOT NULL DEFAULT 'en',
    status           VARCHAR(20)    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'withdrawn')),
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version          BIGINT         NOT NULL DEFAULT 0,
    search_vector    TSVECTOR       GENERATED ALWAYS AS (to_tsvector('english', claim_text || ' ' || coalesce(claimant, ''))) STORED
);
CREATE INDEX factcheck_search_idx ON factcheck USING gin (search_vector);
CREATE INDEX factcheck_speaker_idx ON factcheck (speaker_id);
CREATE INDEX factcheck_review_date_idx ON factcheck (review_date);

-- the stored quotes that are the evidence
CREATE TABLE factcheck_evidence (
    factcheck_id  BIGINT  NOT NULL REFERENCES factcheck (id),
    quote_id      BIGINT  NOT NULL REFERENCES quote (id),
    PRIMARY KEY (factcheck_id, quote_id)
);

CREATE TABLE factcheck_aud (
    id               BIGINT   NOT NULL,
    rev              BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype          SMALLINT,
    claim_text       VARCHAR(5000),
    claimant         VARCHAR(300),
    speaker_id       BIGINT,
    appearance_url   VARCHAR(2048),
    appearance_date  DATE,
    rating           VARCHAR(20),
    reviewer_name    VARCHAR(200),
    reviewer_url     VARCHAR(2048),
    author_name      VARCHAR(200),
    review_date      DATE,
    explanation      VARCHAR(2000),
    article_url      VARCHAR(2048),
    language         VARCHAR(35),
    status           VARCHAR(20),
    created_at       TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

CREATE TABLE factcheck_evidence_aud (
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    factcheck_id  BIGINT   NOT NULL,
    quote_id      BIGINT   NOT NULL,
    PRIMARY KEY (rev, factcheck_id, quote_id)
);
