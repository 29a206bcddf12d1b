/**
 * checksum-not-required: the RuleTester table, and the checksum levels TiDB and Lightning read
 * from each spelling (test/fixtures/tidb/post-op-level.txt, from pingcap/tidb
 * pkg/lightning/config/config.go `PostOpLevel` and pkg/executor/importer/import.go).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/lint/rules/checksum-not-required.js';
import { lint } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Cluster `dr` of policies/example.yml guards nothing: only this rule's findings are at stake.
const SQL = (option: string) => `IMPORT INTO app.orders FROM 's3://dumps/orders/*.csv' WITH skip_rows = 1${option};\n`;
const TOML = (postRestore: string, backend = 'local') =>
  `[tikv-importer]\nbackend = "${backend}"\nsorted-kv-dir = "/mnt/sorted-kv"\n\n[mydumper]\ndata-source-dir = "s3://dumps/app"\nfilter = ['app.orders']\n\n[post-restore]\n${postRestore}\n`;

ruleTester(rule, {
  valid: [
    { name: 'IMPORT INTO with the default checksum', files: { 'deploy/dr/a.sql': SQL('') } },
    { name: "IMPORT INTO with CHECKSUM_TABLE='required'", files: { 'deploy/dr/a.sql': SQL(", CHECKSUM_TABLE='required'") } },
    { name: 'Lightning with checksum = "required"', files: { 'deploy/dr/a.toml': TOML('checksum = "required"') } },
    { name: 'Lightning without [post-restore] checksum', files: { 'deploy/dr/a.toml': TOML('analyze = "optional"') } },
    { name: 'the logical backend runs no checksum', files: { 'deploy/dr/a.toml': TOML('checksum = "off"', 'tidb') } },
  ],
  invalid: [
    {
      name: "IMPORT INTO with CHECKSUM_TABLE='off'",
      files: { 'deploy/dr/a.sql': SQL(", CHECKSUM_TABLE='off'") },
      errors: [
        { messageId: 'importInto', line: 1, column: 75, severity: 'warning', mentions: ['`app.orders`', "CHECKSUM_TABLE='required'"] },
      ],
    },
    {
      name: "IMPORT INTO with checksum_table='Optional'",
      files: { 'deploy/dr/a.sql': SQL(", checksum_table='Optional'") },
      errors: [{ messageId: 'importInto', line: 1 }],
    },
    {
      name: 'Lightning with checksum = "off"',
      files: { 'deploy/dr/a.toml': TOML('checksum = "off"') },
      errors: [{ messageId: 'lightning', line: 10, column: 1, mentions: ['checksum = "required"'] }],
    },
    {
      name: 'Lightning with no backend (local) and checksum = false',
      files: { 'deploy/dr/a.toml': TOML('checksum = false').replace('backend = "local"\n', '') },
      errors: [{ messageId: 'lightning', line: 9 }],
    },
  ],
});

describe('checksum levels as TiDB reads them (test/fixtures/tidb/post-op-level.txt)', () => {
  const cases = readFileSync(new URL('../fixtures/tidb/post-op-level.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const m = /^(toml|sql)\s+(.+?)\s+=>\s+(\w+)$/.exec(l)!;
      return { kind: m[1]!, written: m[2]!, level: m[3]! };
    });
  it('holds both kinds and all three levels', () => {
    expect(new Set(cases.map((c) => `${c.kind}:${c.level}`)).size).toBe(6);
  });
  for (const c of cases) {
    it(`${c.kind} ${c.written} is ${c.level}: ${c.level === 'required' ? 'no finding' : 'one finding'}`, async () => {
      const files: Record<string, string> =
        c.kind === 'toml'
          ? { 'deploy/dr/a.toml': TOML(`checksum = ${c.written}`) }
          : { 'deploy/dr/a.sql': SQL(`, CHECKSUM_TABLE='${c.written}'`) };
      const { findings } = await lint(files);
      expect(findings.filter((f) => f.rule === rule.id)).toHaveLength(c.level === 'required' ? 0 : 1);
      // TiDB accepts every spelling listed: none of them is an invalid option or config.
      expect(findings.filter((f) => f.rule === 'invalid-import-into' || f.rule === 'invalid-lightning-config')).toEqual([]);
    });
  }
});
