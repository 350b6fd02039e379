-- Ledgers and the outbox, PostgreSQL flavour. Times are timestamptz (stored as UTC).

-- Gauge readings: append-only, idempotent on (gauge_code, seq).
CREATE TABLE IF NOT EXISTS gauge_readings (
    gauge_code   varchar(64)      NOT NULL,
    seq          bigint           NOT NULL,
    observed_at  timestamptz      NOT NULL,
    level_cm     double precision NOT NULL,
    rainfall_mm  double precision NULL,
    received_at  timestamptz      NOT NULL,
    CONSTRAINT pk_gauge_readings PRIMARY KEY (gauge_code, seq)
);

CREATE INDEX IF NOT EXISTS ix_gauge_readings_observed ON gauge_readings (gauge_code, observed_at);

-- Outbox: the durable record of every outbound message; idempotency_key makes a second enqueue harmless.
CREATE TABLE IF NOT EXISTS outbox_messages (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key  varchar(200) NOT NULL,
    channel          varchar(32)  NOT NULL,
    recipient        varchar(200) NOT NULL,
    payload          text         NOT NULL,
    correlation      varchar(200) NULL,
    status           varchar(16)  NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'parked')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    claimed_by       varchar(200) NULL,
    claimed_until    timestamptz  NULL,
    relayed_at       timestamptz  NULL,
    last_error       text         NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT ux_outbox_idempotency UNIQUE (idempotency_key)
);

-- Claiming due work and listing by status for operators; the partial index keeps the hot set small
-- once most messages are sent.
CREATE INDEX IF NOT EXISTS ix_outbox_status_due ON outbox_messages (status, next_attempt_at)
    WHERE status IN ('queued', 'sending');
CREATE INDEX IF NOT EXISTS ix_outbox_status ON outbox_messages (status, id);
CREATE INDEX IF NOT EXISTS ix_outbox_correlation ON outbox_messages (correlation);
