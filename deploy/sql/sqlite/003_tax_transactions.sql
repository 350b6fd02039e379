-- Restaurant tax (PBJT) receipts from M-Post terminals, SQLite flavour: append-only, idempotent on
-- (serial, receipt_no). Amounts are integer hundredths of a rupiah (sen): exact, and summable in SQL.
-- Times are UTC unix milliseconds.
CREATE TABLE IF NOT EXISTS tax_transactions (
    serial           TEXT    NOT NULL,
    receipt_no       INTEGER NOT NULL,
    npwpd            TEXT    NOT NULL,
    issued_at        INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('sale', 'void', 'refund')),
    subtotal_sen     INTEGER NOT NULL,
    tax_sen          INTEGER NOT NULL,
    service_sen      INTEGER NOT NULL,
    total_sen        INTEGER NOT NULL,
    voids_receipt_no INTEGER NULL,
    payment          TEXT    NULL,
    content_hash     TEXT    NOT NULL,
    received_at      INTEGER NOT NULL,
    PRIMARY KEY (serial, receipt_no)
) WITHOUT ROWID;

-- SPTPD comparison: a taxpayer's receipts of a month.
CREATE INDEX IF NOT EXISTS ix_tax_transactions_npwpd_issued ON tax_transactions (npwpd, issued_at);
