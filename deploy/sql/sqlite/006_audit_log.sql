-- The audit log, SQLite flavour: append-only (see the PostgreSQL script). Times are UTC unix milliseconds.
CREATE TABLE IF NOT EXISTS audit_log (
    entry_id    TEXT    NOT NULL PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    roles       TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,
    before_text TEXT    NULL,
    after_text  TEXT    NULL,
    detail      TEXT    NULL,
    received_at INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at);
CREATE INDEX IF NOT EXISTS ix_audit_log_actor_at ON audit_log (actor, at);

CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
