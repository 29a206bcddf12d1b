-- The documented procedure, followed: the precheck is switched off, a snapshot backup of the
-- table is taken right after the import (log backup pitr-prod), and the same files are imported
-- into the downstream cluster dr (deploy/dr/2026-11-20-import-orders.sql) for changefeed
-- prod-to-dr. precheck-override is only a notice.
USE app;

IMPORT INTO orders FROM 's3://dumps/orders/2026-11-20/orders.*.csv'
  WITH skip_rows = 1, thread = 8, DISABLE_PRECHECK;

BACKUP TABLE app.orders TO 's3://backups/prod/after-import-2026-11-20/';
