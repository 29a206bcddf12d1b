-- Invoices are replicated by prod-to-dr and prod-to-kafka, and need log backup. The precheck is
-- switched off and nothing else was done: log-backup-gap, changefeed-gap (one per changefeed) and
-- precheck-override (error).
IMPORT INTO billing.invoices FROM 's3://dumps/billing/invoices-2026-11.parquet'
  FORMAT 'parquet'
  WITH DISABLE_PRECHECK;
