-- Restaurant tax (PBJT) receipts from M-Post terminals, PostgreSQL flavour: append-only, idempotent on
-- (serial, receipt_no). Amounts are integer hundredths of a rupiah (sen): exact, and summable in SQL.
CREATE TABLE IF NOT EXISTS tax_transactions (
    serial           varchar(64)  NOT NULL,
    receipt_no       bigint       NOT NULL,
    npwpd            varchar(64)  NOT NULL,
    issued_at        timestamptz  NOT NULL,
    kind             varchar(8)   NOT NULL CHECK (kind IN ('sale', 'void', 'refund')),
    subtotal_sen     bigint       NOT NULL,
    tax_sen          bigint       NOT NULL,
    service_sen      bigint       NOT NULL,
    total_sen        bigint       NOT NULL,
    voids_receipt_no bigint       NULL,
    payment          varchar(32)  NULL,
    content_hash     char(32)     NOT NULL,
    received_at      timestamptz  NOT NULL,
    CONSTRAINT pk_tax_transactions PRIMARY KEY (serial, receipt_no)
);

-- SPTPD comparison: a taxpayer's receipts of a month.
CREATE INDEX IF NOT EXISTS ix_tax_transactions_npwpd_issued ON tax_transactions (npwpd, issued_at);
