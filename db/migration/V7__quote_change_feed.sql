-- A change feed of quotes, so that each pod's in-memory candidate index (verify) follows the table:
-- every insert or update of a quote takes a new change number, and each statement that changed quotes
-- notifies channel 'quote_change' with the range of change numbers it wrote ("min max"). Notifications
-- are delivered at commit, so a listener that reads the range then sees the rows. Statement-level
-- triggers with transition tables: one notification per statement, not per row, also for COPY.
CREATE SEQUENCE quote_change_seq;
ALTER TABLE quote ADD COLUMN change_seq BIGINT;
UPDATE quote SET change_seq = nextval('quote_change_seq');
ALTER TABLE quote ALTER COLUMN change_seq SET DEFAULT nextval('quote_change_seq');
ALTER TABLE quote ALTER COLUMN change_seq SET NOT NULL;
CREATE INDEX quote_change_seq_idx ON quote (change_seq);

CREATE FUNCTION f_quote_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('quote_change_seq');
    RETURN NEW;
END $$;

-- only changes the index sees: words, speaker, retraction
CREATE TRIGGER quote_change_seq_on_update BEFORE UPDATE ON quote FOR EACH ROW
    WHEN (OLD.normalized_text IS DISTINCT FROM NEW.normalized_text OR OLD.speaker_id IS DISTINCT FROM NEW.speaker_id
          OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION f_quote_change_seq();

CREATE FUNCTION f_notify_quote_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    low BIGINT;
    high BIGINT;
BEGIN
    SELECT min(change_seq), max(change_seq) INTO low, high FROM changed;
    IF low IS NOT NULL THEN
        PERFORM pg_notify('quote_change', low || ' ' || high);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quote_change_notify_insert AFTER INSERT ON quote REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION f_notify_quote_change();

-- an update notifies only the rows that took a new number (an edit of a quote's context does not)
CREATE FUNCTION f_notify_quote_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    low BIGINT;
    high BIGINT;
BEGIN
    SELECT min(n.change_seq), max(n.change_seq) INTO low, high
    FROM changed n JOIN previous o ON o.id = n.id WHERE n.change_seq <> o.change_seq;
    IF low IS NOT NULL THEN
        PERFORM pg_notify('quote_change', low || ' ' || high);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quote_change_notify_update AFTER UPDATE ON quote REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION f_notify_quote_update();
