/**
 * Every rule of the registry has a RuleTester table: a file test/rules/<id>.test.ts that imports
 * `rule` from src/lint/rules/<id>.ts and passes it to `ruleTester` (test/helpers/rule-tester.ts), so
 * the next rule cannot land without valid and invalid cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/lint/rules/registry.js';

const TESTS = new URL('./', import.meta.url);

/** Why `id` has no table, or undefined when it has one. */
function missingTable(id: string): string | undefined {
  const file = new URL(`${id}.test.ts`, TESTS);
  if (!existsSync(file)) return `test/rules/${id}.test.ts does not exist`;
  const text = readFileSync(file, 'utf8');
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`^import \\{ rule \\} from '\\.\\./\\.\\./src/lint/rules/${escaped}\\.js';$`, 'm').test(text))
    return `test/rules/${id}.test.ts does not import { rule } from src/lint/rules/${id}.js`;
  if (!/^ruleTester\(rule, \{$/m.test(text)) return `test/rules/${id}.test.ts does not call ruleTester(rule, { valid, invalid })`;
  return undefined;
}

describe('every rule has a RuleTester table', () => {
  for (const id of [...RULE_IDS]) {
    it(id, () => {
      expect(missingTable(id), `${id} needs a RuleTester table (see test/rules/changefeed-gap.test.ts)`).toBeUndefined();
    });
  }
});
