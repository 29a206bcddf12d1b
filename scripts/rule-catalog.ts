/**
 * The two files that list every rule besides the registry, written from it (`npm run gen:rules`,
 * scripts/gen-rules.mjs) so that adding a rule never needs a hand-written line in them:
 *
 * - README.md: the rule table between the `rules:begin` and `rules:end` markers, one row per rule
 *   (id linked to its doc page, default severity, `meta.summary`), grouped by category;
 * - policies/policy.schema.json: the enum of `$defs.ruleId` (a published contract: only that
 *   array is rewritten, in the file's own layout; `$id` and the shape stay).
 *
 * test/docs/generated-rules.test.ts fails when the committed files differ from what this writes.
 */
import { RULES } from '../src/lint/rules/registry.js';
import type { RuleCategory, RuleMeta } from '../src/lint/rules/types.js';

export const README = 'README.md';
export const SCHEMA = 'policies/policy.schema.json';

export const TABLE_BEGIN = '<!-- rules:begin (written by `npm run gen:rules` from src/lint/rules; do not edit by hand) -->';
export const TABLE_END = '<!-- rules:end -->';

const CATEGORIES: readonly (readonly [RuleCategory, string])[] = [
  ['posture', 'Posture'],
  ['correctness', 'Correctness'],
  ['security', 'Security'],
  ['governance', 'Governance'],
];

interface CatalogRule {
  readonly id: string;
  readonly meta: Pick<RuleMeta, 'category' | 'defaultSeverity' | 'summary' | 'docs'>;
}

/** The README's rule table: a header, then each category's rules in registry order. */
export function readmeRuleTable(rules: readonly CatalogRule[]): string {
  const rows = ['| rule | default | finds |', '|---|---|---|'];
  for (const [category, title] of CATEGORIES) {
    const mine = rules.filter((r) => r.meta.category === category);
    if (!mine.length) continue;
    rows.push(`| **${title}** | | |`);
    for (const r of mine) {
      if (r.meta.summary.includes('|') || r.meta.summary.includes('\n'))
        throw new Error(`${r.id}: meta.summary cannot hold "|" or a newline`);
      rows.push(`| [\`${r.id}\`](${r.meta.docs}) | ${r.meta.defaultSeverity} | ${r.meta.summary} |`);
    }
  }
  const uncategorized = rules.filter((r) => !CATEGORIES.some(([c]) => c === r.meta.category));
  if (uncategorized.length) throw new Error(`no README section for the category of ${uncategorized.map((r) => r.id).join(', ')}`);
  return rows.join('\n') + '\n';
}

/** `readme` with the text between the markers replaced by `table`. */
export function withReadmeTable(readme: string, table: string): string {
  const begin = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error(`${README}: the markers ${TABLE_BEGIN} and ${TABLE_END} are missing or out of order`);
  // Blank lines around the table: Markdown ends it before the end marker, whatever the renderer.
  return readme.slice(0, begin + TABLE_BEGIN.length) + '\n\n' + table + '\n' + readme.slice(end);
}

const RULE_ID_ENUM = /("ruleId": \{\n(?:[^\n]*\n)*?(\s*)"enum": \[\n)((?:\s*"[^"\n]*",?\n)*)(\s*\],)/;

/** `schema` (the policy schema's text) with `$defs.ruleId.enum` set to `ids`, in the file's layout. */
export function withSchemaRuleIds(schema: string, ids: readonly string[]): string {
  const m = RULE_ID_ENUM.exec(schema);
  if (!m) throw new Error(`${SCHEMA}: no "ruleId" definition with an "enum" array`);
  const indent = `${m[2]!.replace(/^\n+/, '')}  `;
  const items = ids.map((id, i) => `${indent}${JSON.stringify(id)}${i < ids.length - 1 ? ',' : ''}\n`).join('');
  return schema.slice(0, m.index) + m[1]! + items + m[4]! + schema.slice(m.index + m[0].length);
}

/** What README.md and the policy schema should hold, given their current text. */
export function generatedRuleFiles(read: (path: string) => string, rules: readonly CatalogRule[] = RULES): Record<string, string> {
  return {
    [README]: withReadmeTable(read(README), readmeRuleTable(rules)),
    [SCHEMA]: withSchemaRuleIds(
      read(SCHEMA),
      rules.map((r) => r.id),
    ),
  };
}
