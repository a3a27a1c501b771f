-- Imports run in the background and can be followed: one row per import with its progress.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_job (
    id            BIGINT        PRIMARY KEY,
    format        VARCHAR(20)   NOT NULL CHECK (format IN ('quotecheck', 'quotebank')),
    status        VARCHAR(20)   NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    lines_read    BIGINT        NOT NULL DEFAULT 0,
    accepted      BIGINT        NOT NULL DEFAULT 0,
    duplicates    BIGINT        NOT NULL DEFAULT 0,
    rejected_count BIGINT       NOT NULL DEFAULT 0,
    -- the first rejections with their line numbers (JSON array of {line, error})
    rejected      TEXT          NOT NULL DEFAULT '[]',
    error         VARCHAR(1000),
    created_by    VARCHAR(100),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ
);
