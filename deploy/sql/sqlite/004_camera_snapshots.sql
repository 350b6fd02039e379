-- The latest picture of each camera (the wall shows it); older pictures are the VMS's business.
CREATE TABLE IF NOT EXISTS camera_snapshots (
    camera_code  TEXT    NOT NULL PRIMARY KEY,
    taken_at     INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    image        BLOB    NOT NULL,
    stored_at    INTEGER NOT NULL
) WITHOUT ROWID;
