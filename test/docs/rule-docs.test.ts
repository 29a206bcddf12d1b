/**
 * The rule registry, the rule files and the docs/rules pages agree, and every example in a doc
 * page behaves as documented: an "Unsafe" example produces exactly one finding of its rule at its
 * default severity; a "Safe" example none above a notice, and no error of any rule. A block
 * `file=base:.github/tidb-import-guard.yml` is the pull request's base policy (policy-weakened). Examples run against policies/example.yml unless the example gives its own
 * policy (a ```yaml file=.github/tidb-import-guard.yml block).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/registry.js';
import { EXAMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const DOCS = new URL('../../docs/rules/', import.meta.url);
const RULE_FILES = new URL('../../src/lint/rules/', import.meta.url);

interface Example {
  readonly kind: 'Unsafe' | 'Safe';
  readonly files: Record<string, string>;
}

export function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  const sections = markdown.split(/^### /m).slice(1);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf('\n')).trim();
    const kind = title.startsWith('Unsafe') ? 'Unsafe' : title.startsWith('Safe') ? 'Safe' : undefined;
    if (!kind) continue;
    const files: Record<string, string> = {};
    for (const m of section.matchAll(/^```\w*\s+file=(\S+)\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
    out.push({ kind, files });
  }
  return out;
}

describe('rule registry, rule files and docs agree', () => {
  const docs = readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  // A rule file is one that exports `rule`; the others are the rules' shared helpers.
  const ruleFiles = readdirSync(RULE_FILES)
    .filter((f) => f.endsWith('.ts') && /^export const rule\b/m.test(readFileSync(new URL(f, RULE_FILES), 'utf8')))
    .map((f) => f.slice(0, -3))
    .sort();
  const ids = RULES.map((r) => r.id);

  it('the registry is sorted and has one entry per rule file', () => {
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(ruleFiles);
  });

  it('every rule has a doc page and every doc page a rule', () => {
    expect(docs).toEqual(ids);
  });

  // The README's rule table is written from the registry: test/docs/generated-rules.test.ts.

  for (const rule of RULES) {
    describe(rule.id, () => {
      const page = readFileSync(new URL(`${rule.id}.md`, DOCS), 'utf8');
      it('names the rule, its description and its default severity', () => {
        expect(page.startsWith(`# ${rule.id}\n`)).toBe(true);
        expect(page).toContain(rule.meta.description);
        expect(page).toContain(`**Default severity:** ${rule.meta.defaultSeverity}`);
      });
      const examples = examplesOf(page);
      it('has an unsafe and a safe example', () => {
        expect(examples.some((e) => e.kind === 'Unsafe')).toBe(true);
        expect(examples.some((e) => e.kind === 'Safe')).toBe(true);
        for (const e of examples) expect(Object.keys(e.files).length).toBeGreaterThan(0);
      });
      examples.forEach((example, i) => {
        it(`example ${i + 1} (${example.kind}) behaves as documented`, async () => {
          const { ['base:.github/tidb-import-guard.yml']: basePolicyText, ...files } = example.files;
          const ownPolicy = files['.github/tidb-import-guard.yml'];
          const repo = tempRepo(files, ownPolicy ?? EXAMPLE_POLICY);
          try {
            const outcome = await repo.check(basePolicyText !== undefined ? { basePolicyText } : {});
            const open = outcome.result.report.findings.filter((f) => !f.suppressed);
            const dump = JSON.stringify(open, null, 2);
            if (example.kind === 'Unsafe') {
              const mine = open.filter((f) => f.rule === rule.id && f.severity === rule.meta.defaultSeverity);
              expect(mine, dump).toHaveLength(1);
            } else {
              // Safe: nothing of this rule above a notice (precheck-override's notice is how it
              // says the procedure was followed), and no error of any rule.
              expect(
                open.filter((f) => f.rule === rule.id && f.severity !== 'notice'),
                dump,
              ).toHaveLength(0);
              expect(
                open.filter((f) => f.severity === 'error'),
                dump,
              ).toHaveLength(0);
            }
          } finally {
            repo.remove();
          }
        });
      });
    });
  }
});
