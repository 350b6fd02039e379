-- Orleans ADO.NET grain storage and reminders on SQLite (invariant "System.Data.SQLite").
-- The providers read their SQL from OrleansQuery at start; the key names, the parameters they bind
-- (@Name, unprefixed in the provider) and the result column names are the provider's contract.
-- Microsoft.Data.Sqlite refuses a statement that names a parameter the provider did not bind, so each
-- text names only parameters its key receives. Idempotent: tables IF NOT EXISTS, queries upserted.

-- Grain state. The hashes narrow the index; the full key (type, N0, N1, extension) decides identity.
-- Version is the ETag: 1 on first write, +1 on every write or clear; a write must name the current one.
CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    service_id       TEXT    NOT NULL,
    grain_type_hash  INTEGER NOT NULL,
    grain_type       TEXT    NOT NULL,
    grain_id_hash    INTEGER NOT NULL,
    grain_id_n0      INTEGER NOT NULL,
    grain_id_n1      INTEGER NOT NULL,
    -- NULL for a plain integer/GUID key; the whole key for a string key.
    grain_id_ext     TEXT    NULL,
    payload          BLOB    NULL,
    version          INTEGER NOT NULL,
    modified_utc     TEXT    NOT NULL
);

-- Unique on the whole key; COALESCE because SQLite treats NULLs in a unique index as distinct.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleans_grain_state_key ON orleans_grain_state
    (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, COALESCE(grain_id_ext, ''));

-- Reminders. grain_hash is the grain's uniform hash bound as a signed int: range queries compare it signed.
CREATE TABLE IF NOT EXISTS orleans_reminders
(
    service_id     TEXT    NOT NULL,
    grain_id       TEXT    NOT NULL,
    reminder_name  TEXT    NOT NULL,
    start_time     TEXT    NOT NULL,
    period_ms      INTEGER NOT NULL,
    grain_hash     INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);

-- The provider selects QueryKey, QueryText by these exact names.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Result: PayloadBinary (NULL after a clear) and Version; no row when never written.
('ReadFromStorageKey', '
SELECT payload AS PayloadBinary, version AS Version
FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS @GrainIdExtensionString;'),

-- Result: NewGrainStateVersion. A stale or missing @GrainStateVersion matches nothing and returns no
-- row, which the provider turns into InconsistentStateException. The two statements are exclusive on
-- whether @GrainStateVersion is NULL: an update of a known version, or the first insert.
('WriteToStorageKey', '
UPDATE orleans_grain_state
SET payload = @PayloadBinary, version = version + 1, modified_utc = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;
INSERT INTO orleans_grain_state
    (service_id, grain_type_hash, grain_type, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_ext, payload, version, modified_utc)
SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
       @PayloadBinary, 1, strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
WHERE @GrainStateVersion IS NULL
ON CONFLICT DO NOTHING
RETURNING version AS NewGrainStateVersion;'),

-- Clear keeps the row (payload NULL) so the version keeps counting; returns the new version or no row.
('ClearStorageKey', '
UPDATE orleans_grain_state
SET payload = NULL, version = version + 1, modified_utc = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;'),

-- Used only with DeleteStateOnClear: the provider expects "deleted version + 1" back, or no row.
('DeleteStorageKey', '
DELETE FROM orleans_grain_state
WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_ext IS @GrainIdExtensionString
  AND version = @GrainStateVersion
RETURNING version + 1 AS NewGrainStateVersion;'),

-- Reminder rows: GrainId, ReminderName, StartTime, Period (ms), Version.
('ReadReminderRowsKey', '
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period_ms AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId;'),

('ReadReminderRowKey', '
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period_ms AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName;'),

-- Ring range (BeginHash, EndHash] when Begin < End (signed).
('ReadRangeRows1Key', '
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period_ms AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash;'),

-- Ring range that wraps around (or the whole ring when Begin = End).
('ReadRangeRows2Key', '
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period_ms AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);'),

-- Returns the new version (the reminder ETag); must always return one row.
('UpsertReminderRowKey', '
INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = excluded.start_time, period_ms = excluded.period_ms, grain_hash = excluded.grain_hash,
    version = orleans_reminders.version + 1
RETURNING version AS Version;'),

-- Must return exactly one row with one column: 1 when the row with that version was deleted, else 0.
('DeleteReminderRowKey', '
DELETE FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName AND version = @Version;
SELECT changes();'),

('DeleteReminderRowsKey', '
DELETE FROM orleans_reminders WHERE service_id = @ServiceId;')

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
