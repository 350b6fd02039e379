-- Orleans ADO.NET grain storage and reminders on PostgreSQL (invariant "Npgsql").
-- The providers read their SQL from OrleansQuery at start; the key names, the parameters they bind
-- (@Name, unprefixed in the provider) and the result column names are the provider's contract.
-- Identifiers are unquoted (folded to lower case) because the provider's own
-- "SELECT QueryKey, QueryText FROM OrleansQuery" is unquoted; result aliases are quoted for readability
-- only (Npgsql matches column names case-insensitively). Idempotent: IF NOT EXISTS, queries upserted.

-- Grain state. The hashes narrow the index; the full key (type, N0, N1, extension) decides identity.
-- version is the ETag: 1 on first write, +1 on every write or clear; a write must name the current one.
CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    service_id       TEXT        NOT NULL,
    grain_type_hash  INTEGER     NOT NULL,
    grain_type       TEXT        NOT NULL,
    grain_id_hash    INTEGER     NOT NULL,
    grain_id_n0      BIGINT      NOT NULL,
    grain_id_n1      BIGINT      NOT NULL,
    -- NULL for a plain integer/GUID key; the whole key for a string key.
    grain_id_ext     TEXT        NULL,
    payload          BYTEA       NULL,
    version          INTEGER     NOT NULL,
    modified_utc     TIMESTAMPTZ NOT NULL
);

-- One row per grain; NULLS NOT DISTINCT so that two writers of a key without extension collide.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleans_grain_state_key ON orleans_grain_state
    (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext) NULLS NOT DISTINCT;

-- Reminders. grain_hash is the grain's uniform hash bound as a signed int: range queries compare it signed.
CREATE TABLE IF NOT EXISTS orleans_reminders
(
    service_id     TEXT        NOT NULL,
    grain_id       TEXT        NOT NULL,
    reminder_name  TEXT        NOT NULL,
    start_time     TIMESTAMPTZ NOT NULL,
    period_ms      BIGINT      NOT NULL,
    grain_hash     INTEGER     NOT NULL,
    version        INTEGER     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  VARCHAR(64) NOT NULL PRIMARY KEY,
    QueryText TEXT        NOT NULL
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Result: PayloadBinary (NULL after a clear) and Version; no row when never written.
('ReadFromStorageKey', $q$
SELECT payload AS "PayloadBinary", version AS "Version"
FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

-- Result: NewGrainStateVersion. A stale or missing @GrainStateVersion matches nothing and returns no
-- row, which the provider turns into InconsistentStateException. The two statements are exclusive on
-- whether @GrainStateVersion is NULL: an update of a known version, or the first insert. Under READ
-- COMMITTED a concurrent update re-checks version after the lock, so only one writer of a version wins.
('WriteToStorageKey', $q$
UPDATE orleans_grain_state
SET payload = @PayloadBinary, version = version + 1, modified_utc = now()
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion";
INSERT INTO orleans_grain_state
    (service_id, grain_type_hash, grain_type, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_ext, payload, version, modified_utc)
SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
       @PayloadBinary, 1, now()
WHERE @GrainStateVersion IS NULL
ON CONFLICT DO NOTHING
RETURNING version AS "NewGrainStateVersion";
$q$),

-- Clear keeps the row (payload NULL) so the version keeps counting; returns the new version or no row.
('ClearStorageKey', $q$
UPDATE orleans_grain_state
SET payload = NULL, version = version + 1, modified_utc = now()
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion";
$q$),

-- Used only with DeleteStateOnClear: the provider expects "deleted version + 1" back, or no row.
('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version + 1 AS "NewGrainStateVersion";
$q$),

-- Reminder rows: GrainId, ReminderName, StartTime, Period (ms), Version.
('ReadReminderRowsKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime", period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime", period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName;
$q$),

-- Ring range (BeginHash, EndHash] when Begin < End (signed).
('ReadRangeRows1Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime", period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash;
$q$),

-- Ring range that wraps around (or the whole ring when Begin = End).
('ReadRangeRows2Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime", period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$q$),

-- Returns the new version (the reminder ETag); must always return one row.
('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = excluded.start_time, period_ms = excluded.period_ms, grain_hash = excluded.grain_hash,
    version = orleans_reminders.version + 1
RETURNING version AS "Version";
$q$),

-- Must return exactly one row with one column: 1 when the row with that version was deleted, else 0.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleans_reminders
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName AND version = @Version
    RETURNING 1)
SELECT count(*)::int FROM deleted;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminders WHERE service_id = @ServiceId;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
