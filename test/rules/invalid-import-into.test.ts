/** invalid-import-into as a RuleTester table: one message per check of src/parse/sql/validate-import-into.ts. */
import { rule } from '../../src/lint/rules/invalid-import-into.js';
import { ruleTester } from '../helpers/rule-tester.js';

const sql = (...lines: string[]): Record<string, string> => ({ 'migrations/prod/a.sql': lines.map((l) => `${l}\n`).join('') });
const FROM = "FROM 's3://b/x.csv'";

ruleTester(rule, {
  valid: [
    { name: 'known options with good values', files: sql(`IMPORT INTO app.t ${FROM} WITH THREAD=4, SKIP_ROWS=1, CHECKSUM_TABLE='off';`) },
    { name: 'FROM SELECT with THREAD', files: sql('IMPORT INTO app.t FROM SELECT * FROM app.s WITH THREAD=2;') },
    { name: 'an import after COMMIT', files: sql('BEGIN;', 'COMMIT;', `IMPORT INTO app.t ${FROM};`) },
  ],
  invalid: [
    {
      name: 'unknown, removed, duplicate options, a flag with a value and an option without one',
      files: sql(
        `IMPORT INTO a.t ${FROM} WITH THRED=1;`,
        `IMPORT INTO a.t ${FROM} WITH QWERTYUIOP=1;`,
        `IMPORT INTO a.t ${FROM} WITH ANALYZE_TABLE='on';`,
        `IMPORT INTO a.t ${FROM} WITH THREAD=1, THREAD=2;`,
        `IMPORT INTO a.t ${FROM} WITH THREAD, DETACHED=1;`,
      ),
      errors: [
        { messageId: 'unknownOptionNear', line: 1, column: 42, mentions: ['did you mean THREAD?', 'error 8163'] },
        { messageId: 'unknownOption', line: 2, mentions: ['remove it or fix its spelling'] },
        { messageId: 'removedOption', line: 3, mentions: ['ANALYZE_TABLE existed only in 2023'] },
        { messageId: 'duplicateOption', line: 4, mentions: ['THREAD given twice'] },
        { messageId: 'missingValue', line: 5, mentions: ['write THREAD=<value>'] },
        { messageId: 'flagWithValue', line: 5, mentions: ['write just DETACHED'] },
      ],
    },
    {
      name: 'bad values, one message per requirement',
      files: sql(
        `IMPORT INTO a.t ${FROM} WITH CHARACTER_SET=1;`,
        `IMPORT INTO a.t ${FROM} WITH SKIP_ROWS='x';`,
        `IMPORT INTO a.t ${FROM} WITH DISK_QUOTA='abc';`,
        `IMPORT INTO a.t ${FROM} WITH DISK_QUOTA='0';`,
        `IMPORT INTO a.t ${FROM} WITH CHARACTER_SET='koi8';`,
        `IMPORT INTO a.t ${FROM} WITH FIELDS_TERMINATED_BY='';`,
        `IMPORT INTO a.t ${FROM} WITH FIELDS_ENCLOSED_BY='ab';`,
        `IMPORT INTO a.t ${FROM} WITH SKIP_ROWS=-1;`,
        `IMPORT INTO a.t ${FROM} WITH THREAD=0;`,
        `IMPORT INTO a.t ${FROM} WITH RECORD_ERRORS=-2;`,
        `IMPORT INTO a.t ${FROM} WITH CHECKSUM_TABLE='maybe';`,
        `IMPORT INTO a.t ${FROM} WITH CLOUD_STORAGE_URI='ftp://x/y';`,
      ),
      errors: [
        { messageId: 'notString', line: 1, mentions: ['TiDB rejects CHARACTER_SET=1 (error 8164', 'must be a quoted string'] },
        { messageId: 'notInteger', line: 2, mentions: ['SKIP_ROWS must be an integer >= 0'] },
        { messageId: 'notSize', line: 3, mentions: ["like '100GiB'"] },
        { messageId: 'sizeNotPositive', line: 4, mentions: ['greater than zero'] },
        { messageId: 'notCharset', line: 5, mentions: ['utf8mb4'] },
        { messageId: 'empty', line: 6, mentions: ['must not be empty'] },
        { messageId: 'tooLong', line: 7, mentions: ['at most one byte'] },
        { messageId: 'negative', line: 8, mentions: ['must not be negative'] },
        { messageId: 'notPositive', line: 9, mentions: ['THREAD must be greater than zero'] },
        { messageId: 'belowMinusOne', line: 10, mentions: ['-1 (unlimited)'] },
        { messageId: 'notChecksumLevel', line: 11, mentions: ["'required', 'optional' or 'off'"] },
        { messageId: 'badCloudStorageUri', line: 12, mentions: ['s3:// or gs://'] },
      ],
    },
    {
      name: 'a GROUP_KEY TiDB would not accept as a name',
      files: sql(`IMPORT INTO a.t ${FROM} WITH GROUP_KEY='a b';`),
      errors: [{ messageId: 'badGroupKey', line: 1, mentions: ["TiDB's naming rule"] }],
    },
    {
      name: 'formats: an unknown FORMAT, CSV-only options for parquet and for a .sql file',
      files: sql(
        `IMPORT INTO a.t ${FROM} FORMAT 'xml';`,
        "IMPORT INTO a.t FROM 's3://b/x.parquet' FORMAT 'parquet' WITH SKIP_ROWS=1;",
        "IMPORT INTO a.t FROM 's3://b/x.sql' WITH SKIP_ROWS=1;",
      ),
      errors: [
        { messageId: 'unsupportedFormat', line: 1, mentions: ["use 'csv', 'sql' or 'parquet'"] },
        { messageId: 'csvOnlyFormat', line: 2, mentions: ["FORMAT is 'parquet'"] },
        { messageId: 'csvOnlySuffix', line: 3, mentions: ['the file name says sql'] },
      ],
    },
    {
      name: 'locations',
      files: sql(
        "IMPORT INTO a.t FROM '';",
        "IMPORT INTO a.t FROM 'data/x.csv';",
        "IMPORT INTO a.t FROM '/data/x.txt';",
        "IMPORT INTO a.t FROM 's3://b/d*/x.csv';",
        "IMPORT INTO a.t FROM 'hdfs://n/x.csv';",
      ),
      errors: [
        { messageId: 'emptyLocation', line: 1, column: 22 },
        { messageId: 'relativeLocation', line: 2, mentions: ['absolute server path'] },
        { messageId: 'noDataSuffix', line: 3, mentions: ['.gz .gzip .zstd .zst .snappy'] },
        { messageId: 'wildcardDirectory', line: 4 },
        { messageId: 'badScheme', line: 5, mentions: ['hdfs://'] },
      ],
    },
    {
      name: 'a SELECT source: @var, SET and an option other than THREAD or DISABLE_PRECHECK',
      files: sql('IMPORT INTO a.t (c1, @v) SET c2 = @v FROM SELECT * FROM s WITH THREAD=1, DETACHED;'),
      errors: [
        { messageId: 'selectVariable', line: 1, column: 22, mentions: ['@v in IMPORT INTO ... FROM SELECT'] },
        { messageId: 'selectSet', line: 1, column: 26 },
        { messageId: 'notWithSelect', line: 1, mentions: ['only THREAD and DISABLE_PRECHECK apply'] },
      ],
    },
    {
      name: 'SPLIT_FILE without LINES_TERMINATED_BY and with SKIP_ROWS=2',
      files: sql(`IMPORT INTO a.t ${FROM} WITH SPLIT_FILE, SKIP_ROWS=2;`),
      errors: [
        { messageId: 'splitFileNoTerminator', line: 1, mentions: ["LINES_TERMINATED_BY='\\n'"] },
        { messageId: 'splitFileSkipRows', line: 1, mentions: ['SKIP_ROWS=0 or 1'] },
      ],
    },
    {
      name: 'a function TiDB refuses in a column assignment',
      files: sql(`IMPORT INTO a.t (c1, @v) SET c2 = SLEEP(1) ${FROM};`),
      errors: [{ messageId: 'setFunction', line: 1, mentions: ['FUNCTION sleep is not supported', 'index 0', 'without SLEEP'] }],
    },
    {
      name: 'an import inside an explicit transaction',
      files: sql('BEGIN;', `IMPORT INTO a.t ${FROM};`, 'COMMIT;'),
      errors: [{ messageId: 'inTransaction', line: 2, column: 1, mentions: ['`BEGIN`'] }],
    },
  ],
});
