/** plaintext-secret as a RuleTester table: the message names the key, never the value. */
import { rule } from '../../src/lint/rules/plaintext-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a placeholder password',
      files: { 'deploy/dr/a.toml': '[tikv-importer]\nbackend = "tidb"\n[tidb]\npassword = "${TIDB_PASSWORD}"\n' },
    },
    { name: 'a URI without credentials', files: { 'deploy/dr/a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv?region=us-east-1';\n" } },
    {
      name: 'a RESTORE source without credentials, or with a placeholder',
      files: {
        'deploy/dr/a.sql':
          "RESTORE DATABASE * FROM 's3://bk/2026-11-01?region=us-east-1';\nRESTORE TABLE app.t FROM 's3://bk/x?secret-access-key=${SK}';\n",
      },
    },
  ],
  invalid: [
    {
      name: 'a [tidb] password',
      files: { 'deploy/dr/a.toml': '[tikv-importer]\nbackend = "tidb"\n[tidb]\npassword = "hunter2hunter2"\n' },
      errors: [{ messageId: 'secret', line: 4, column: 12, mentions: ['`[tidb] password`', 'rotate the credential'] }],
    },
    {
      name: 'a secret key in an IMPORT INTO location',
      files: { 'deploy/dr/a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv?access-key=AKIAX&secret-access-key=abcdefgh12345678';\n" },
      errors: [
        { messageId: 'secret', line: 1, mentions: ['`access-key`'] },
        { messageId: 'secret', line: 1, mentions: ['`secret-access-key`'] },
      ],
    },
    {
      name: 'a BACKUP target with a secret',
      files: { 'deploy/dr/a.sql': "BACKUP DATABASE app TO 's3://bk/x?secret-access-key=abcdefgh12345678';\n" },
      errors: [{ messageId: 'secret', line: 1, mentions: ['the BACKUP target'] }],
    },
    {
      // TiDB's grammar (pingcap/docs sql-statements/sql-statement-restore.md; pkg/parser/parser.y
      // BRIEStmt): RESTORE DATABASE|SCHEMA|TABLE ... FROM 'storage', and RESTORE POINT FROM 'log
      // storage' [FULL_BACKUP_STORAGE = 'storage'] (TiDB's parser tests write exactly that).
      name: 'RESTORE sources with credentials, in every form of the statement',
      files: {
        'deploy/dr/a.sql': [
          "RESTORE DATABASE * FROM 's3://bk/x?access-key=AKIAX&secret-access-key=abcdefgh12345678';",
          "restore schema app, billing from 's3://bk/y?session-token=tok12345678';",
          "RESTORE TABLE app.t, `b`.u FROM 'azure://c/p?sas-token=abcdefgh12345678' CONCURRENCY = 4;",
          "RESTORE POINT FROM 's3://log/?secret-access-key=logsecret1234' FULL_BACKUP_STORAGE = 's3://full/?secret-access-key=fullsecret1234' RESTORED_TS = '2026-11-01 00:00:00';",
          "/*!40101 RESTORE DATABASE app FROM 's3://bk/z?access-key=AKIAEXAMPLE1' */;",
          '',
        ].join('\n'),
      },
      errors: [
        { messageId: 'secret', line: 1, mentions: ['`access-key`', 'the RESTORE source'] },
        { messageId: 'secret', line: 1, mentions: ['`secret-access-key`', 'the RESTORE source'] },
        { messageId: 'secret', line: 2, mentions: ['`session-token`'] },
        { messageId: 'secret', line: 3, mentions: ['`sas-token`'] },
        { messageId: 'secret', line: 4, mentions: ['`secret-access-key`', 'the RESTORE source'] },
        { messageId: 'secret', line: 4, mentions: ['`secret-access-key`', '`FULL_BACKUP_STORAGE`'] },
        { messageId: 'secret', line: 5, mentions: ['`access-key`'] },
      ],
    },
  ],
});
