-- The same import into the downstream cluster dr (no log backup, no changefeeds: no override
-- needed). This is the downstream remedy for prod's changefeed prod-to-dr.
IMPORT INTO app.orders FROM 's3://dumps/orders/2026-11-20/orders.*.csv' WITH skip_rows = 1, thread = 8;
