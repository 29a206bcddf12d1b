/** unmapped-target as a RuleTester table. */
import { rule } from '../../src/lint/rules/unmapped-target.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SQL = "IMPORT INTO app.t FROM 's3://b/t.csv';\n";

ruleTester(rule, {
  valid: [
    { name: 'a path a cluster matches', files: { 'deploy/dr/a.sql': SQL } },
    { name: 'a directive naming a cluster', files: { 'tools/a.sql': `-- tidb-import-guard: cluster=dr\n${SQL}` } },
    { name: 'a file without imports', files: { 'tools/a.sql': 'SELECT 1;\n' } },
  ],
  invalid: [
    {
      name: 'no cluster matches',
      files: { 'tools/a.sql': SQL },
      errors: [
        {
          messageId: 'unmapped',
          line: 1,
          column: 1,
          severity: 'error',
          mentions: ['`tools/a.sql`', '-- tidb-import-guard: cluster=<name>'],
        },
      ],
    },
    {
      name: 'a directive naming an unknown cluster',
      files: { 'tools/a.sql': `-- tidb-import-guard: cluster=nope\n${SQL}` },
      errors: [{ messageId: 'unknownCluster', line: 1, mentions: ['`nope`', '`prod`'] }],
    },
  ],
});
