-- Complaint and chat attachments (JPEG, PNG, PDF; size-limited by the app). Written once, before the upload is
-- acknowledged; the complaint's grain state holds the metadata and decides who may read a file.
CREATE TABLE IF NOT EXISTS complaint_files (
    file_id       TEXT    NOT NULL PRIMARY KEY,
    owner         TEXT    NOT NULL,
    content_type  TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    data          BLOB    NOT NULL,
    stored_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS complaint_files_owner ON complaint_files (owner);
