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
  ],
});
