-- IMPORT INTO without an override on a cluster with log backup and changefeeds: TiDB rejects it
-- with error 8173 (PreCheck failed): precheck-blocks-import.
USE app;
IMPORT INTO events (id, kind, payload, @ts)
  SET created_at = FROM_UNIXTIME(@ts)
  FROM 's3://dumps/events/2026-11-22/*.csv'
  WITH skip_rows = 1;
