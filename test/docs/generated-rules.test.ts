/**
 * README.md's rule table and the policy schema's rule-id enum are written from the rule registry
 * (`npm run gen:rules`, scripts/rule-catalog.ts): the committed files must be what it writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../policies/policy.schema.json' with { type: 'json' };
import { RULES } from '../../src/lint/rules/registry.js';
import {
  generatedRuleFiles,
  readmeRuleTable,
  SCHEMA,
  TABLE_BEGIN,
  TABLE_END,
  withReadmeTable,
  withSchemaRuleIds,
} from '../../scripts/rule-catalog.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

describe('files generated from the rule registry', () => {
  for (const [path, expected] of Object.entries(generatedRuleFiles(read))) {
    it(`${path} is up to date`, () => {
      // Not toEqual: a diff of the whole README would hide the one thing to do.
      if (read(path) !== expected) expect.fail(`${path} differs from the rule registry: run npm run gen:rules`);
    });
  }

  it('the schema enum is the registry, in its order', () => {
    expect(schema.$defs.ruleId.enum).toEqual(RULES.map((r) => r.id));
  });

  it('the README table has one row per rule, with its default severity and summary, under its category', () => {
    const table = readmeRuleTable(RULES);
    for (const r of RULES)
      expect(table).toContain(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.meta.defaultSeverity} | ${r.meta.summary} |\n`);
    expect(table.split('\n').filter((l) => l.startsWith('| [`'))).toHaveLength(RULES.length);
    const headers = table.split('\n').filter((l) => l.startsWith('| **'));
    expect(headers).toEqual(['| **Posture** | | |', '| **Correctness** | | |', '| **Security** | | |', '| **Governance** | | |']);
  });

  it('a new rule lands in both files, and nothing outside the markers or the enum changes', () => {
    const extra = {
      id: 'aaa-new-rule',
      meta: { category: 'security', defaultSeverity: 'warning', summary: 'something new', docs: 'docs/rules/aaa-new-rule.md' },
    } as const;
    const rules = [...RULES, extra].sort((a, b) => (a.id < b.id ? -1 : 1));
    const files = generatedRuleFiles(read, rules);
    const readme = files['README.md']!;
    expect(readme).toContain('| **Security** | | |\n| [`aaa-new-rule`](docs/rules/aaa-new-rule.md) | warning | something new |\n');
    const outside = (text: string) => text.slice(0, text.indexOf(TABLE_BEGIN)) + text.slice(text.indexOf(TABLE_END));
    expect(outside(readme)).toBe(outside(read('README.md')));
    const updated = JSON.parse(files[SCHEMA]!);
    expect(updated.$defs.ruleId.enum).toEqual(rules.map((r) => r.id));
    expect({ ...updated, $defs: { ...updated.$defs, ruleId: { ...updated.$defs.ruleId, enum: [] } } }).toEqual({
      ...schema,
      $defs: { ...schema.$defs, ruleId: { ...schema.$defs.ruleId, enum: [] } },
    });
    expect(files[SCHEMA]!.split('\n').length).toBe(read(SCHEMA).split('\n').length + 1);
  });

  it('refuses a README without its markers, a schema without its enum, and a summary that would break the table', () => {
    expect(() => withReadmeTable('# no markers\n', '')).toThrow(/markers/);
    expect(() => withSchemaRuleIds('{}', ['a'])).toThrow(/no "ruleId" definition/);
    expect(() =>
      readmeRuleTable([{ id: 'x', meta: { category: 'posture', defaultSeverity: 'error', summary: 'a | b', docs: 'd' } }]),
    ).toThrow(/cannot hold/);
  });
});
