-- The audit log, PostgreSQL flavour: append-only. Every state change by a person or an agency system and every
-- view of personal data; written through the group-commit ledger writer, idempotent on entry_id. The code has
-- no UPDATE or DELETE of it, and the triggers below refuse both, so a bug or a hand cannot rewrite history.
CREATE TABLE IF NOT EXISTS audit_log (
    entry_id    varchar(32)  NOT NULL,
    at          timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    roles       varchar(200) NOT NULL,
    source      varchar(16)  NOT NULL,
    entity      varchar(200) NOT NULL,
    action      varchar(200) NOT NULL,
    outcome     varchar(200) NOT NULL,
    before_text varchar(500) NULL,
    after_text  varchar(500) NULL,
    detail      varchar(500) NULL,
    received_at timestamptz  NOT NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (entry_id)
);

CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at);
CREATE INDEX IF NOT EXISTS ix_audit_log_actor_at ON audit_log (actor, at);

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
