-- Ledgers and the outbox, SQLite flavour. Times are UTC unix milliseconds (INTEGER) so that range scans and
-- downsampling stay integer arithmetic.

-- Gauge readings: append-only, idempotent on (gauge_code, seq).
CREATE TABLE IF NOT EXISTS gauge_readings (
    gauge_code   TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    observed_at  INTEGER NOT NULL,
    level_cm     REAL    NOT NULL,
    rainfall_mm  REAL    NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (gauge_code, seq)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ix_gauge_readings_observed ON gauge_readings (gauge_code, observed_at);

-- Outbox: the durable record of every outbound message; idempotency_key makes a second enqueue harmless.
CREATE TABLE IF NOT EXISTS outbox_messages (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    channel          TEXT    NOT NULL,
    recipient        TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    correlation      TEXT    NULL,
    status           TEXT    NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'parked')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    claimed_by       TEXT    NULL,
    claimed_until    INTEGER NULL,
    relayed_at       INTEGER NULL,
    last_error       TEXT    NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

-- Claiming due work and listing by status for operators.
CREATE INDEX IF NOT EXISTS ix_outbox_status_due ON outbox_messages (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS ix_outbox_correlation ON outbox_messages (correlation);
