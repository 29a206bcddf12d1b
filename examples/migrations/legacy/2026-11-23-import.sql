-- The legacy cluster runs TiDB v7.1.0: IMPORT INTO does not exist before v7.2.0
-- (unsupported-on-version), and with log backup on it could never pass its precheck there
-- (precheck-blocks-import): use Lightning in logical mode instead.
IMPORT INTO reports.weekly FROM 's3://dumps/reports/weekly.csv';
